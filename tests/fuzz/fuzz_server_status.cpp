// Feeds arbitrary bytes to the project server readers: server_status.php's XML and its JSON form,
// and bin/status -v output inside ServerHostReader's sectioned reply.
#include "server/BinStatusParser.h"
#include "server/ServerStatusParser.h"

#include <cstddef>
#include <cstdint>

using namespace bdm::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<ServerStatus> status = ServerStatusParser::parse(bytes, &error);
    if (status)
        (void)ServerStatusParser::toJson(*status).dump();
    else if (error.isEmpty())
        __builtin_trap(); // a refusal always says why

    const ServerHostStatus host = BinStatusParser::parseReply("bdm-1 status\n" + bytes, "bdm-1");
    (void)BinStatusParser::toJson(host).dump();
    if (!host.statusKnown && host.warnings.isEmpty())
        __builtin_trap(); // an unreadable bin/status is always reported
    return 0;
}
