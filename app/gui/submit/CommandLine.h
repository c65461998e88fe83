#pragma once

#include <QString>
#include <QStringList>

namespace bdm::gui {

// The argv of a job as one line the user edits. Split as QProcess::splitCommand splits
// (double quotes group, three double quotes make a literal one); joined so that splitting the
// line gives the same argv back.
class CommandLine
{
public:
    static QStringList split(const QString& line);
    static QString join(const QStringList& argv);
};

} // namespace bdm::gui
