#include "engine/EngineParsers.h"
#include "engine/JsonFields.h"
#include "engine/StatsMath.h"

#include <QCoreApplication>

namespace bdm::engine::parse {
namespace {

// Gives lupdate and the program the same translation context.
class ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineParsers)
};

CpuCounters cpuCounters(const json::Json& stats)
{
    CpuCounters c;
    const json::Json& usage = json::objectOrEmpty(stats, "cpu_usage");
    c.totalUsage = json::u64(usage, "total_usage");
    if (const json::Json* percpu = json::field(usage, "percpu_usage"); percpu && percpu->is_array())
        c.percpuCount = static_cast<int>(std::min<size_t>(percpu->size(), 4096));
    c.systemUsage = json::u64(stats, "system_cpu_usage");
    c.onlineCpus = json::i32(stats, "online_cpus");
    return c;
}

} // namespace

EngineResult<StatsSample> stats(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_object() || (!json::field(*doc, "cpu_stats") && !json::field(*doc, "memory_stats")))
        return {
            EngineError::make(EngineError::Protocol, ParserTr::tr("the stats reply is not a stats object")),
            {}};
    const json::Json& j = *doc;
    StatsSample s;
    s.id = json::str(j, "id");
    s.name = json::str(j, "name");
    if (s.name.startsWith(QLatin1Char('/')))
        s.name.remove(0, 1);
    s.read = json::str(j, "read");
    s.hasCounters = true;
    s.cpu = cpuCounters(json::objectOrEmpty(j, "cpu_stats"));
    s.precpu = cpuCounters(json::objectOrEmpty(j, "precpu_stats"));
    const json::Json& memory = json::objectOrEmpty(j, "memory_stats");
    s.memory.usage = json::u64(memory, "usage");
    s.memory.limit = json::u64(memory, "limit");
    const json::Json& detail = json::objectOrEmpty(memory, "stats");
    s.memory.totalInactiveFile = json::optU64(detail, "total_inactive_file");
    s.memory.inactiveFile = json::optU64(detail, "inactive_file");
    s.pids = json::i64(json::objectOrEmpty(j, "pids_stats"), "current");
    StatsMath::apply(s);
    return {{}, s};
}

EngineResult<EngineEvent> event(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_object())
        return {EngineError::make(EngineError::Protocol, ParserTr::tr("an event is not a JSON object")), {}};
    const json::Json& j = *doc;
    EngineEvent e;
    e.type = json::str(j, "Type");
    e.action = json::str(j, "Action");
    if (e.action.isEmpty())
        e.action = json::str(j, "status"); // API < 1.22 had only status/id/from
    const json::Json& actor = json::objectOrEmpty(j, "Actor");
    e.id = json::str(actor, "ID");
    if (e.id.isEmpty())
        e.id = json::str(j, "id");
    e.from = json::str(j, "from");
    e.attributes = json::stringMap(actor, "Attributes");
    e.time = json::i64(j, "time");
    e.timeNano = json::i64(j, "timeNano");
    if (e.timeNano == 0 && e.time > 0 && e.time < qint64(9000000000))
        e.timeNano = e.time * 1000000000;
    if (e.type.isEmpty() && e.action.isEmpty())
        return {EngineError::make(EngineError::Protocol,
                                  ParserTr::tr("an event names neither a type nor an action")),
                {}};
    return {{}, e};
}

} // namespace bdm::engine::parse
