#include "submit/JobInputs.h"

#include <QFileInfo>

namespace bdm::submit {

QStringList JobInputs::paths(const JobSpec& spec)
{
    QStringList paths = spec.inputs;
    if (!spec.script.isEmpty())
        paths << spec.script;
    if (!spec.composeFile.isEmpty())
        paths << spec.composeFile;
    return paths;
}

QStringList JobInputs::openNames(const JobSpec& spec)
{
    QStringList names;
    for (const QString& path : paths(spec))
        names << QFileInfo(path).fileName();
    return names;
}

} // namespace bdm::submit
