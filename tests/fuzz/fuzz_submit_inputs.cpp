// Feeds arbitrary bytes through what the Submit side reads from outside: a job spec file
// (and, when it parses, its validation, a write/read round trip and every generator), and
// the web RPC servers' replies with the batch reader on top.
#include "submit/Boinc2DockerCommand.h"
#include "submit/JobScriptGenerator.h"
#include "submit/JobSpecFile.h"
#include "submit/JobSpecValidator.h"
#include "submit/TemplateGenerator.h"
#include "submit/WebRpcBatch.h"
#include "submit/WebRpcReply.h"

#include <cstddef>
#include <cstdint>

using namespace bdm::submit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<JobSpec> spec = JobSpecFile::parse(bytes, QStringLiteral("/nonexistent"), &error);
    if (spec) {
        (void)JobSpecValidator::errors(*spec);
        // What was read must read back the same way once written.
        QString again;
        if (!JobSpecFile::parse(JobSpecFile::toJson(*spec, QStringLiteral("/nonexistent")),
                                QStringLiteral("/nonexistent"), &again))
            __builtin_trap();
        JobScriptOptions options;
        options.row = spec->parameterRows.isEmpty() ? -1 : 0;
        (void)JobScriptGenerator::generate(*spec, options);
        (void)TemplateGenerator::inputTemplate(*spec);
        (void)TemplateGenerator::outputTemplate(*spec);
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    const WebRpcReply reply = WebRpcReply::parse(bytes);
    if (reply.ok())
        (void)WebRpcBatch::fromReply(reply.root);
    else if (reply.error.message.isEmpty())
        __builtin_trap();
    (void)Boinc2DockerCommand::parseWorkunitId(QString::fromUtf8(bytes));
    return 0;
}
