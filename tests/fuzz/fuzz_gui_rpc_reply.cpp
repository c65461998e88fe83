// Feeds arbitrary bytes through everything that reads a GUI RPC reply: the lenient scanner and
// every typed parser, whichever element the input happens to contain.
#include "boinc/ReplyParsers.h"

#include <cstddef>
#include <cstdint>

using namespace bdm::boinc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const XmlDocument doc =
        XmlDocument::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    const XmlElement reply = doc.root().child("boinc_gui_rpc_reply");
    const XmlElement scope = reply.isNull() ? doc.root() : reply;
    for (const XmlElement& e : scope.children()) {
        const QByteArrayView n = e.name();
        if (n == "client_state")
            (void)parse::clientState(e);
        else if (n == "host_info")
            (void)parse::hostInfo(e);
        else if (n == "results")
            (void)parse::results(e);
        else if (n == "projects")
            (void)parse::projects(e);
        else if (n == "cc_status")
            (void)parse::ccStatus(e);
        else if (n == "msgs")
            (void)parse::messages(e);
        else if (n == "notices")
            (void)parse::notices(e);
        else if (n == "disk_usage_summary")
            (void)parse::diskUsage(e);
        else if (n == "old_results")
            (void)parse::oldResults(e);
        else if (n == "server_version")
            (void)parse::serverVersion(e);
        (void)e.text();
    }
    return 0;
}
