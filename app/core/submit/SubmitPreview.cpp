#include "submit/SubmitPreview.h"

#include "submit/JournalEntry.h"
#include "submit/SshSubmitPlan.h"
#include "submit/SubmitRunner.h"
#include "submit/SubmitTr.h"
#include "submit/WebRpcPlan.h"

namespace bdm::submit {

std::optional<SubmitPreview> SubmitPreview::build(const JobSpec& spec, QString* error)
{
    SubmitPreview p;
    p.transport = spec.target.transport;
    p.mode = spec.target.mode;
    p.target = SubmitRunner::targetText(spec.target);
    // The journal picks the real key at submission; the preview shows its shape.
    JournalEntry entry;
    entry.key = spec.name + QStringLiteral("-YYYYMMDDhhmmss-xxxxxx");
    if (spec.target.transport == QLatin1String("ssh")) {
        const std::optional<SshSubmitPlan> plan = SshSubmitPlan::build(spec, entry, error);
        if (!plan)
            return std::nullopt;
        for (const StagedUpload& u : plan->files) {
            p.uploads.append({plan->staging + QLatin1Char('/') + u.name,
                              u.localPath.isEmpty() ? Submit::tr("(generated)") : u.localPath, u.size});
            if (u.localPath.isEmpty())
                p.files.append({u.name, QString::fromUtf8(u.content)});
        }
        p.workunits = plan->workunits;
        p.command = plan->command;
        return p;
    }
    if (spec.target.transport == QLatin1String("webrpc")) {
        const std::optional<WebRpcPlan> plan = WebRpcPlan::build(spec, entry, error);
        if (!plan)
            return std::nullopt;
        for (const WebRpcUpload& u : plan->uploads)
            p.uploads.append(
                {u.physicalName, u.localPath.isEmpty() ? Submit::tr("(generated)") : u.localPath, u.size});
        p.workunits = plan->jobNames;
        p.command = QString::fromUtf8(plan->submitRequest);
        for (const auto& [name, text] : plan->files)
            p.files.append({name, text});
        return p;
    }
    if (error)
        *error = Submit::tr("target.transport: give \"ssh\" or \"webrpc\"");
    return std::nullopt;
}

boinc::Json previewToJson(const SubmitPreview& preview)
{
    using boinc::Json;
    using boinc::utf8;
    Json j;
    j["dry_run"] = true;
    j["transport"] = utf8(preview.transport);
    j["mode"] = utf8(preview.mode);
    j["target"] = utf8(preview.target);
    Json uploads = Json::array();
    for (const PreviewUpload& u : preview.uploads)
        uploads.push_back({{"name", utf8(u.remoteName)}, {"source", utf8(u.source)}, {"size", u.size}});
    j["uploads"] = std::move(uploads);
    Json workunits = Json::array();
    for (const QString& w : preview.workunits)
        workunits.push_back(utf8(w));
    j["workunits"] = std::move(workunits);
    j["command"] = utf8(preview.command);
    Json files = Json::array();
    for (const PreviewFile& f : preview.files)
        files.push_back({{"name", utf8(f.name)}, {"text", utf8(f.text)}});
    j["files"] = std::move(files);
    return j;
}

} // namespace bdm::submit
