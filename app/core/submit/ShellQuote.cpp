#include "submit/ShellQuote.h"

#include "submit/SubmitTr.h"

namespace bdm::submit {

QString ShellQuote::posix(const QString& word)
{
    static const QString safe = QStringLiteral("_./:@+,-");
    bool plain = !word.isEmpty();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

std::optional<QString> ShellQuote::batch(const QString& word, QString* why)
{
    for (const QChar c : word) {
        QString reason;
        if (c == QLatin1Char('%'))
            reason = Submit::tr("'%' (cmd.exe expands variables even inside quotes)");
        else if (c == QLatin1Char('!'))
            reason = Submit::tr("'!' (expanded when delayed expansion is on)");
        else if (c == QLatin1Char('^'))
            reason = Submit::tr("'^' (cmd.exe's escape character)");
        else if (c == QLatin1Char('"'))
            reason = Submit::tr("'\"' (a double quote cannot be escaped inside a quoted word)");
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            reason = Submit::tr("a line break (it ends the command)");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            reason = Submit::tr("a control character (U+%1)").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        if (!reason.isEmpty()) {
            if (why)
                *why = Submit::tr("cannot be used in a Windows .bat file: it contains %1").arg(reason);
            return std::nullopt;
        }
    }
    return QLatin1Char('"') + word + QLatin1Char('"');
}

} // namespace bdm::submit
