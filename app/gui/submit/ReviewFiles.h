#pragma once

#include "submit/JobSpec.h"

#include <QList>
#include <QString>

namespace bdm::gui {

// One text the review step shows in a tab: a generated file or the remote command.
struct ReviewFile
{
    QString name;
    QString text;
};

// Everything a submission of `spec` would generate (submit::GeneratedFiles, the same code the
// submission uses), as tabs for the review step.
class ReviewFiles
{
public:
    static QList<ReviewFile> build(const submit::JobSpec& spec, QString* error);
};

} // namespace bdm::gui
