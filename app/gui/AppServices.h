#pragma once

#include "boinc/PasswordLocator.h"

namespace bdm::boinc {
class GuiRpcClient;
}
namespace bdm::common {
class SecretStore;
}
namespace bdm::engine {
class EngineConnector;
class HttpTransport;
} // namespace bdm::engine
namespace bdm::monitor {
class Fleet;
class HostBook;
class HostSession;
class TaskHistoryStore;
} // namespace bdm::monitor
namespace bdm::submit {
class JobJournal;
}

namespace bdm::gui {

// What the composition root (app/main.cpp) makes once and lends to the window and its pages.
// Each outlives the window; pages keep references, never copies.
struct AppServices
{
    boinc::GuiRpcClient& client; // the window's own connection: status bar and the Readiness page
    boinc::PasswordLookup password;
    engine::EngineConnector& engineConnector;
    engine::HttpTransport& transport;
    monitor::HostSession& localHost; // the Tasks page's schedule for the same client
    monitor::TaskHistoryStore& history;
    monitor::Fleet& fleet;
    monitor::HostBook& hostBook;
    common::SecretStore& secrets;
    submit::JobJournal* journal = nullptr; // null when the journal file could not be opened
};

} // namespace bdm::gui
