// Parse throughput of a get_state reply holding 5,000 results (built from the real 8.3 capture's
// project, workunit and result records, renamed so every one is distinct).
// Prints MB/s (median of the runs) for the scanner alone and for scanner + typed ClientState.
#include "TestData.h"
#include "boinc/ReplyParsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bdm::boinc;

namespace {

QByteArray buildState(int resultCount)
{
    const QByteArray base =
        bdm::test::readReply(QStringLiteral("captures/boinc-8.3.0-linux-docker/get_state.reply"));
    const qsizetype from = base.indexOf("<workunit>");
    const qsizetype to = base.indexOf("<platform_name>");
    const QByteArray records = base.mid(from, to - from); // 4 workunits + 4 results
    QByteArray out = base.left(from);
    for (int copy = 0; copy * 4 < resultCount; ++copy) {
        QByteArray chunk = records;
        chunk.replace("Lab_WU_", "Lab_WU_" + QByteArray::number(copy) + "_");
        out += chunk;
    }
    out += base.mid(to);
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int results = 5000;
    const int runs = 15;
    const QByteArray reply = buildState(results);
    const double mb = static_cast<double>(reply.size()) / 1e6;

    std::vector<double> scanMs;
    std::vector<double> fullMs;
    qsizetype parsed = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const XmlDocument doc = XmlDocument::parse(reply);
        scanMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        const XmlDocument doc2 = XmlDocument::parse(reply);
        const ClientState s =
            parse::clientState(doc2.root().child("boinc_gui_rpc_reply").child("client_state"));
        fullMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        parsed = s.results.size();
    }
    const double scan = median(scanMs);
    const double full = median(fullMs);
    std::printf("get_state with %lld results, %.2f MB, median of %d runs\n", static_cast<long long>(parsed),
                mb, runs);
    std::printf("  scanner only:              %8.1f ms  %8.1f MB/s\n", scan, mb / (scan / 1000.0));
    std::printf("  scanner + typed ClientState: %6.1f ms  %8.1f MB/s\n", full, mb / (full / 1000.0));
    return parsed >= results ? 0 : 1;
}
