#pragma once

#include <QCoreApplication>

namespace bdm::readiness {

// The translation context of every user-visible readiness string: Readiness::tr("...").
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)
};

} // namespace bdm::readiness
