#include "gui/submit/CommandLine.h"

#include <QProcess>
#include <algorithm>

namespace bdm::gui {

QStringList CommandLine::split(const QString& line)
{
    return QProcess::splitCommand(line);
}

QString CommandLine::join(const QStringList& argv)
{
    QStringList words;
    for (const QString& arg : argv) {
        const bool plain = !arg.isEmpty() && !arg.contains(QLatin1Char('"')) &&
                           std::none_of(arg.begin(), arg.end(), [](QChar c) { return c.isSpace(); });
        if (plain) {
            words << arg;
            continue;
        }
        // A literal quote is three quotes; an argument ending in one needs the closing quote
        // to stand apart from them, which a quoted segment of its own does.
        QString quoted = arg;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\"\""));
        words << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return words.join(QLatin1Char(' '));
}

} // namespace bdm::gui
