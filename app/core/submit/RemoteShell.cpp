#include "submit/RemoteShell.h"

namespace bdm::submit {

QString RemoteShell::trimmedDirectory(QString dir)
{
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

QString RemoteShell::quote(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RemoteShell::join(const QStringList& argv)
{
    QStringList quoted;
    for (const QString& a : argv)
        quoted << quote(a);
    return quoted.join(QLatin1Char(' '));
}

QString RemoteShell::globLiteral(const QString& word)
{
    QString out;
    for (const QChar c : word) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') ||
            c == QLatin1Char(']') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString RemoteShell::wrap(const QString& script, const QString& dockerExec, const QString& dockerUser)
{
    if (dockerExec.isEmpty())
        return QStringLiteral("sh -c ") + quote(script);
    QStringList argv{QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-i")};
    if (!dockerUser.isEmpty())
        argv << QStringLiteral("-u") << dockerUser;
    argv << dockerExec << QStringLiteral("sh") << QStringLiteral("-c") << script;
    return join(argv);
}

} // namespace bdm::submit
