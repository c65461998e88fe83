#pragma once

#include <QCoreApplication>

namespace bdm::submit {

// The translation context of every user-visible submission string: Submit::tr("...").
class Submit
{
    Q_DECLARE_TR_FUNCTIONS(Submit)
};

} // namespace bdm::submit
