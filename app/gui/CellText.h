#pragma once

#include <QString>

namespace bdm::gui {

// How the task tables and the detail panel write numbers, in the user's locale.

// "H:MM:SS" as BOINC Manager shows elapsed and remaining times; negative values show as 0:00:00.
QString durationText(double seconds);
// "12.5 %" for a fraction of 0.125.
QString fractionText(double fraction);
// "12.5 %" for a percentage of 12.5 (CPU %, where 100 is one core).
QString percentText(double percent);
// Date and time in the short format; empty for an epoch of 0 or less (not set).
QString dateText(double epoch);

} // namespace bdm::gui
