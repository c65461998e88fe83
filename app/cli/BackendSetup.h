#pragma once

#include "submit/JobSpec.h"
#include "submit/SubmitBackend.h"

#include <QCommandLineParser>
#include <functional>
#include <memory>

namespace bdm::cli {

class CliContext;

// The options `submit` and `jobs` share to reach a project server: --authenticator-file,
// --ca-file, --journal.
void addServerOptions(QCommandLineParser& parser);
QString journalPath(const QCommandLineParser& parser);

// Gets the backend for a spec's target, with the web RPC authenticator from
// --authenticator-file, the spec's authenticator_file, or the keychain (in that order), and
// hands it to `use`; on a problem it prints it and finishes the context with exit 2.
void withBackend(CliContext& ctx, const QCommandLineParser& parser, const submit::JobSpec& spec,
                 QObject* context, std::function<void(std::unique_ptr<submit::SubmitBackend>)> use);

} // namespace bdm::cli
