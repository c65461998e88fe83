#include "gui/readiness/CheckTreeModel.h"

#include <QIcon>

namespace bdm::gui {

using readiness::Check;
using readiness::CheckGroup;
using readiness::CheckList;
using readiness::CheckStatus;

namespace {

constexpr std::array groupOrder{CheckGroup::Client, CheckGroup::Detected,  CheckGroup::Engine,
                                CheckGroup::Gpu,    CheckGroup::Resources, CheckGroup::Active};

QIcon statusIcon(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QIcon(QStringLiteral(":/icons/check-pass.svg"));
    case CheckStatus::Warn:
        return QIcon(QStringLiteral(":/icons/check-warn.svg"));
    case CheckStatus::Fail:
        return QIcon(QStringLiteral(":/icons/check-fail.svg"));
    case CheckStatus::Skip:
        break;
    }
    return QIcon(QStringLiteral(":/icons/check-skip.svg"));
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Pass:
        return 1;
    case CheckStatus::Skip:
        break;
    }
    return 0;
}

} // namespace

CheckTreeModel::CheckTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

QString CheckTreeModel::groupTitle(CheckGroup group) const
{
    switch (group) {
    case CheckGroup::Client:
        return tr("BOINC client");
    case CheckGroup::Detected:
        return tr("What the client detected and reports");
    case CheckGroup::Engine:
        return tr("Container engine on this computer");
    case CheckGroup::Gpu:
        return tr("GPUs");
    case CheckGroup::Resources:
        return tr("Disk, memory and CPU");
    case CheckGroup::Active:
        break;
    }
    return tr("Containers run for this check");
}

void CheckTreeModel::setReport(const readiness::ReadinessReport& report)
{
    beginResetModel();
    m_report = report;
    m_groups.clear();
    for (CheckGroup group : groupOrder) {
        Group g{groupTitle(group), {}};
        for (const Check& check : report.checks) {
            if (check.group == group)
                g.checks.append(check);
        }
        if (!g.checks.isEmpty())
            m_groups.append(g);
    }
    if (!report.planClasses.isEmpty() || !report.planClassError.isEmpty()) {
        Group plans{tr("Plan classes of %1").arg(report.planClassSource), {}};
        if (!report.planClassError.isEmpty())
            plans.checks.append(Check{QStringLiteral("plan_classes"),
                                      CheckGroup::Detected,
                                      CheckStatus::Fail,
                                      report.planClassError,
                                      {},
                                      {}});
        for (const readiness::PlanClassVerdict& plan : report.planClasses) {
            plans.checks.append(Check{QStringLiteral("plan_class.") + plan.name,
                                      CheckGroup::Detected,
                                      plan.ok ? CheckStatus::Pass : CheckStatus::Fail,
                                      QStringLiteral("%1: %2").arg(plan.name, plan.reason),
                                      {},
                                      {}});
        }
        m_groups.append(plans);
    }
    endResetModel();
}

CheckStatus CheckTreeModel::worst(const CheckList& checks)
{
    CheckStatus result = CheckStatus::Skip;
    for (const Check& check : checks) {
        if (severity(check.status) > severity(result))
            result = check.status;
    }
    return result;
}

QStringList CheckTreeModel::linesOf(const Check& check) const
{
    QStringList lines;
    if (!check.detail.isEmpty())
        lines << check.detail;
    if (!check.fix.isEmpty())
        lines << tr("Fix: %1").arg(check.fix);
    return lines;
}

QModelIndex CheckTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    const quintptr id = parent.internalId();
    if (id == 0) {
        const int group = parent.row();
        if (group >= m_groups.size() || row >= m_groups.at(group).checks.size())
            return {};
        return createIndex(row, 0, checkId(group, row));
    }
    // Lines of a check: only checks (low bits set, no line marker) have children.
    if ((id & 0x8000u) != 0)
        return {};
    const int group = int(id >> 16) - 1;
    const int check = int(id & 0x7fffu) - 1;
    if (row >= linesOf(m_groups.at(group).checks.at(check)).size())
        return {};
    return createIndex(row, 0, id | 0x8000u);
}

QModelIndex CheckTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    const int group = int(id >> 16) - 1;
    if ((id & 0x8000u) == 0)
        return createIndex(group, 0, quintptr(0));
    const int check = int(id & 0x7fffu) - 1;
    return createIndex(check, 0, id & ~quintptr(0x8000u));
}

int CheckTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_groups.at(parent.row()).checks.size());
    if ((id & 0x8000u) != 0)
        return 0;
    const int group = int(id >> 16) - 1;
    const int check = int(id & 0x7fffu) - 1;
    return int(linesOf(m_groups.at(group).checks.at(check)).size());
}

int CheckTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CheckTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return group.title;
        case Qt::DecorationRole:
            return statusIcon(worst(group.checks));
        case StatusRole:
            return int(worst(group.checks));
        case KindRole:
            return int(GroupRow);
        default:
            return {};
        }
    }
    const int group = int(id >> 16) - 1;
    const bool line = (id & 0x8000u) != 0;
    const int checkRow = line ? int(id & 0x7fffu) - 1 : index.row();
    const Check& check = m_groups.at(group).checks.at(checkRow);
    if (line) {
        const QStringList lines = linesOf(check);
        const bool isFix = !check.fix.isEmpty() && index.row() == lines.size() - 1;
        switch (role) {
        case Qt::DisplayRole:
            return lines.at(index.row());
        case Qt::ToolTipRole:
            return lines.at(index.row());
        case FixRole:
            return isFix ? check.fix : QString();
        case KindRole:
            return int(isFix ? FixRow : DetailRow);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return check.summary;
    case Qt::ToolTipRole:
        return check.detail.isEmpty() ? check.summary : check.detail;
    case Qt::DecorationRole:
        return statusIcon(check.status);
    case Qt::AccessibleDescriptionRole:
        return readiness::checkStatusName(check.status);
    case StatusRole:
        return int(check.status);
    case IdRole:
        return check.id;
    case FixRole:
        return check.fix;
    case KindRole:
        return int(CheckRow);
    default:
        return {};
    }
}

} // namespace bdm::gui
