#include "gui/submit/ReviewFiles.h"

#include "submit/GeneratedFiles.h"

namespace bdm::gui {

QList<ReviewFile> ReviewFiles::build(const submit::JobSpec& spec, QString* error)
{
    Q_UNUSED(error);
    // Server names of inputs are placeholders here: their digests need the files read, which
    // the review must not do on the GUI thread for a large input.
    QList<ReviewFile> files;
    for (const submit::GeneratedFile& f : submit::GeneratedFiles::forSpec(spec))
        files.append({f.name, f.text});
    return files;
}

} // namespace bdm::gui
