#include "gui/submit/SubmitBackendMaker.h"

#include "submit/BackendFactory.h"
#include "submit/SubmitBackend.h"

namespace bdm::gui {

SubmitBackendMaker defaultSubmitBackendMaker()
{
    return [](const submit::SubmitTarget& target, QString* error) {
        return submit::createBackend(target, submit::BackendSecrets{}, error);
    };
}

} // namespace bdm::gui
