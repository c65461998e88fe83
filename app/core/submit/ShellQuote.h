#pragma once

#include <QString>
#include <optional>

namespace bdm::submit {

// Quoting for the shells that generated files and remote commands land in.
class ShellQuote
{
public:
    // POSIX sh: the word as is when it holds only characters no shell treats specially
    // ([A-Za-z0-9_./:@+,-], not empty), else in single quotes with each ' written '\''.
    // Any string is safe this way, newlines included (callers reject those for other reasons).
    static QString posix(const QString& word);

    // cmd.exe in a .bat file: the word in double quotes. What cmd expands or cannot escape
    // inside quotes (% ! ^ " and control characters such as newlines) is refused, with the
    // reason in `why`.
    static std::optional<QString> batch(const QString& word, QString* why = nullptr);
};

} // namespace bdm::submit
