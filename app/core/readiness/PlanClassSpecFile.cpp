#include "readiness/PlanClassSpecFile.h"

namespace bdm::readiness {

const PlanClassSpec* PlanClassSpecFile::find(const QString& name) const
{
    for (const PlanClassSpec& spec : classes) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace bdm::readiness
