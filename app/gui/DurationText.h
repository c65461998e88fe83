#pragma once

#include <QString>

namespace bdm::gui {

// "H:MM:SS" as BOINC Manager shows elapsed and remaining times; negative values show as 0:00:00.
QString durationText(double seconds);

} // namespace bdm::gui
