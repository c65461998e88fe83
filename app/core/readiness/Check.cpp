#include "readiness/Check.h"

namespace bdm::readiness {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QString checkGroupName(CheckGroup group)
{
    switch (group) {
    case CheckGroup::Client:
        return QStringLiteral("client");
    case CheckGroup::Detected:
        return QStringLiteral("detected");
    case CheckGroup::Engine:
        return QStringLiteral("engine");
    case CheckGroup::Gpu:
        return QStringLiteral("gpu");
    case CheckGroup::Resources:
        return QStringLiteral("resources");
    case CheckGroup::Active:
        break;
    }
    return QStringLiteral("active");
}

} // namespace bdm::readiness
