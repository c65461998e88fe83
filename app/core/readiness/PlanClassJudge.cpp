#include "readiness/PlanClassJudge.h"

#include "readiness/PlanClassRules.h"
#include "readiness/ReadinessTr.h"

namespace bdm::readiness {
namespace {

// The steps of PLAN_CLASS_SPEC::check() that need the server's data: listed, never refused.
QStringList serverSideRules(const PlanClassSpec& spec)
{
    QStringList notes;
    if (spec.infeasibleRandom)
        notes.append(Readiness::tr("the scheduler skips this class at random %1 % of the time")
                         .arg(spec.infeasibleRandom * 100));
    if (spec.userId)
        notes.append(Readiness::tr("only user ID %1 gets this class").arg(spec.userId));
    if (spec.minWuId || spec.maxWuId || spec.minBatch || spec.maxBatch)
        notes.append(Readiness::tr("only some jobs or batches use this class (job and batch ID limits)"));
    if (!spec.projectPrefsTag.isEmpty() && !spec.projectPrefsRegex.isEmpty())
        notes.append(spec.projectPrefsDefaultTrue
                         ? Readiness::tr("the project preference <%1> must match '%2' when it is set")
                               .arg(spec.projectPrefsTag, spec.projectPrefsRegex)
                         : Readiness::tr("the project preference <%1> must be set and match '%2'")
                               .arg(spec.projectPrefsTag, spec.projectPrefsRegex));
    return notes;
}

} // namespace

PlanClassVerdict PlanClassJudge::judge(const PlanClassSpec& spec) const
{
    PlanClassVerdict v;
    v.name = spec.name;
    if (!spec.badRegex.isEmpty()) {
        v.rule = QStringLiteral("file");
        v.reason = Readiness::tr("The scheduler cannot load this plan class file: %1 is not a valid regular "
                                 "expression")
                       .arg(spec.badRegex);
        return v;
    }
    v.notJudged = serverSideRules(spec);
    if (spec.isContainerClass() && !m_host.config.known)
        v.notJudged.append(
            Readiness::tr("the client's cc_config.xml could not be read, so dont_use_docker and "
                          "dont_use_wsl are taken as unset"));
    bool canUseMulticore = true;
    rules::Outcome refusal = rules::hostBasics(spec, m_host);
    if (!refusal)
        refusal = rules::virtualBox(spec, m_host, canUseMulticore);
    if (!refusal)
        refusal = rules::containers(spec, m_host);
    if (!refusal && spec.virtualbox && m_host.platformName.isEmpty())
        v.notJudged.append(Readiness::tr("the client's platform is unknown, so <is64bit> was not checked"));
    if (!refusal)
        refusal = rules::devices(spec, m_host, canUseMulticore);
    if (refusal) {
        v.rule = refusal->rule;
        v.reason = refusal->reason;
        return v;
    }
    v.ok = true;
    if (!v.notJudged.isEmpty())
        v.reason = Readiness::tr("not judged here: %1").arg(v.notJudged.join(QStringLiteral("; ")));
    return v;
}

QList<PlanClassVerdict> PlanClassJudge::judgeAll(const PlanClassSpecFile& file) const
{
    QList<PlanClassVerdict> out;
    for (const PlanClassSpec& spec : file.classes)
        out.append(judge(spec));
    return out;
}

boinc::Json PlanClassJudge::toJson(const PlanClassVerdict& verdict)
{
    return boinc::Json{
        {"name", boinc::utf8(verdict.name)}, {"ok", verdict.ok}, {"reason", boinc::utf8(verdict.reason)}};
}

boinc::Json PlanClassJudge::toJson(const QList<PlanClassVerdict>& verdicts)
{
    boinc::Json list = boinc::Json::array();
    for (const PlanClassVerdict& v : verdicts)
        list.push_back(toJson(v));
    return list;
}

} // namespace bdm::readiness
