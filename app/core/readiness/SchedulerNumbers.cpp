#include "readiness/SchedulerNumbers.h"

#include "boinc/HostInfo.h"

#include <cmath>

namespace bdm::readiness::scheduler {

int scanVersion(const QString& text, int (&parts)[4], int wanted)
{
    // sscanf("%u.%u.%u"): leading blanks, then digits and dots in turn; stops at the first misfit.
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    int n = 0;
    while (n < wanted) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit())
            ++i;
        if (i == start)
            break;
        parts[n++] = text.mid(start, i - start).toInt();
        if (n == wanted || i >= text.size() || text.at(i) != QLatin1Char('.'))
            break;
        ++i;
    }
    return n;
}

double osVersionNumber(const boinc::HostInfo& host)
{
    int v[4] = {};
    const QString& name = host.osName;
    if (name.contains(QLatin1String("Darwin"))) {
        if (scanVersion(host.osVersion, v, 3) == 3)
            return 10000.0 * v[0] + 100.0 * v[1] + v[2];
    } else if (name.contains(QLatin1String("Windows"))) {
        const qsizetype p = host.osVersion.lastIndexOf(QLatin1Char('('));
        if (p >= 0 && scanVersion(host.osVersion.mid(p + 1), v, 4) == 4)
            return 100000000.0 * v[0] + 1000000.0 * v[1] + 100.0 * v[2] + v[3];
    } else if (name.contains(QLatin1String("Android"))) {
        if (scanVersion(host.osVersion, v, 3) == 3)
            return 10000.0 * v[0] + 100.0 * v[1] + v[2];
    } else if (name.contains(QLatin1String("Linux"))) {
        const qsizetype p = host.osVersion.indexOf(QLatin1Char('['));
        if (scanVersion(host.osVersion.mid(p + 1), v, 3) == 3)
            return 10000.0 * v[0] + 100.0 * v[1] + v[2];
    }
    return 0;
}

int libcVersion(const QString& osVersion)
{
    const qsizetype p = osVersion.indexOf(QLatin1String("|libc "));
    int v[4] = {};
    if (p < 0 || scanVersion(osVersion.mid(p + 6), v, 2) != 2)
        return 0;
    return v[0] * 100 + v[1];
}

int androidVersion(const QString& osVersion)
{
    const qsizetype p = osVersion.indexOf(QLatin1String("(Android "));
    int v[4] = {};
    if (p < 0)
        return 0;
    const int n = scanVersion(osVersion.mid(p + 9), v, 3);
    return n == 0 ? 0 : v[0] * 10000 + v[1] * 100 + v[2];
}

int openClVersion(const QString& deviceVersion)
{
    int v[4] = {};
    if (!deviceVersion.startsWith(QLatin1String("OpenCL ")) || scanVersion(deviceVersion.mid(7), v, 2) != 2)
        return 0;
    return 100 * v[0] + v[1];
}

int openClDriverRevision(const QString& deviceVersion)
{
    const qsizetype p = deviceVersion.lastIndexOf(QLatin1Char('('));
    if (p <= 0)
        return 0;
    // sscanf("(%f"): the longest leading number.
    qsizetype end = p + 1;
    while (end < deviceVersion.size() &&
           (deviceVersion.at(end).isDigit() || deviceVersion.at(end) == QLatin1Char('.')))
        ++end;
    bool ok = false;
    const double rev = deviceVersion.mid(p + 1, end - p - 1).toDouble(&ok);
    return ok ? static_cast<int>(std::floor(rev * 100 + 0.5)) : 0;
}

int vboxVersion(const QString& version)
{
    int v[4] = {};
    return scanVersion(version, v, 3) == 3 ? v[0] * 10000 + v[1] * 100 + v[2] : 0;
}

int calVersion(const QString& version)
{
    int v[4] = {};
    return scanVersion(version, v, 3) == 3 ? v[0] * 10000000 + v[1] * 10000 + v[2] : 0;
}

} // namespace bdm::readiness::scheduler
