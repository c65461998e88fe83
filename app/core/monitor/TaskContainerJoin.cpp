#include "monitor/TaskContainerJoin.h"

#include "boinc/ProjectUrl.h"

#include <QSet>
#include <algorithm>

namespace bdm::monitor::TaskContainerJoin {

QString taskKey(const QString& projectUrl, const QString& resultName)
{
    return QStringLiteral("task:") + boinc::ProjectUrl::canonical(projectUrl) + QLatin1Char(' ') + resultName;
}

QString containerKey(const QString& containerName)
{
    return QStringLiteral("container:") + normalizedName(containerName);
}

QString normalizedName(const QString& containerName)
{
    QString name = containerName.startsWith(QLatin1Char('/')) ? containerName.mid(1) : containerName;
    return name.toLower();
}

bool isBoincName(const QString& containerName)
{
    return normalizedName(containerName).startsWith(boinc::ProjectUrl::boincPrefix);
}

int slotOfPath(const QString& path)
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const qsizetype cut = p.lastIndexOf(QLatin1Char('/'));
    if (cut < 0)
        return -1;
    const QStringView parent = QStringView(p).left(cut);
    if (!(parent == QLatin1String("slots") || parent.endsWith(QLatin1String("/slots"))))
        return -1;
    bool ok = false;
    const int slot = QStringView(p).mid(cut + 1).toInt(&ok);
    return ok && slot >= 0 ? slot : -1;
}

namespace {

// Executing or suspended: the wrapper runs, so its container should exist (running or paused).
bool expectsContainer(const boinc::Result& task)
{
    if (!task.usesContainer() || !task.activeTask)
        return false;
    const int state = task.activeTask->activeTaskState;
    return state == boinc::ProcessExecuting || state == boinc::ProcessSuspended;
}

int mountedSlot(const QList<engine::ContainerMount>& mounts)
{
    for (const engine::ContainerMount& m : mounts) {
        const int slot = slotOfPath(m.source);
        if (slot >= 0)
            return slot;
    }
    return -1;
}

void checkSlot(JoinRow& row, const Input& input)
{
    const engine::ContainerSummary& c = *row.container;
    const auto details = input.details.constFind(c.id);
    row.mountedSlot = mountedSlot(details != input.details.cend() ? details->mounts : c.mounts);
    const int slot = row.task->activeTask ? row.task->activeTask->slot : -1;
    if (slot < 0)
        row.slotCheck = SlotCheck::NotChecked;
    else if (row.mountedSlot < 0)
        row.slotCheck = SlotCheck::NoSlotMount;
    else
        row.slotCheck = row.mountedSlot == slot ? SlotCheck::Confirmed : SlotCheck::Mismatch;
}

} // namespace

QList<JoinRow> join(const Input& input)
{
    QHash<QString, const engine::ContainerSummary*> byName;
    for (const engine::ContainerSummary& c : input.containers) {
        if (isBoincName(c.name))
            byName.insert(normalizedName(c.name), &c);
    }

    QList<JoinRow> rows;
    rows.reserve(input.tasks.size());
    QSet<QString> claimed;
    for (const boinc::Result& task : input.tasks) {
        JoinRow row;
        row.key = taskKey(task.projectUrl, task.name);
        row.task = task;
        row.expectedContainerName = boinc::ProjectUrl::containerName(task.projectUrl, task.name);
        if (const engine::ContainerSummary* c = byName.value(row.expectedContainerName)) {
            row.kind = JoinKind::Joined;
            row.container = *c;
            claimed.insert(row.expectedContainerName);
            checkSlot(row, input);
        } else {
            row.kind = expectsContainer(task) ? JoinKind::ContainerMissing : JoinKind::NoContainer;
        }
        rows.append(std::move(row));
    }

    QStringList orphans;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (!claimed.contains(it.key()))
            orphans.append(it.key());
    }
    std::sort(orphans.begin(), orphans.end());
    for (const QString& name : std::as_const(orphans)) {
        JoinRow row;
        row.key = containerKey(name);
        row.kind = JoinKind::Orphan;
        row.container = *byName.value(name);
        rows.append(std::move(row));
    }
    return rows;
}

Diff diff(const QList<JoinRow>& before, const QList<JoinRow>& after)
{
    QHash<QString, const JoinRow*> old;
    for (const JoinRow& row : before)
        old.insert(row.key, &row);
    Diff d;
    QSet<QString> seen;
    for (const JoinRow& row : after) {
        seen.insert(row.key);
        const JoinRow* was = old.value(row.key);
        if (!was)
            d.added.append(row.key);
        else if (!was->sameAs(row))
            d.changed.append(row.key);
    }
    for (const JoinRow& row : before) {
        if (!seen.contains(row.key))
            d.removed.append(row.key);
    }
    return d;
}

} // namespace bdm::monitor::TaskContainerJoin
