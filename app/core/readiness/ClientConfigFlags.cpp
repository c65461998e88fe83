#include "readiness/ClientConfigFlags.h"

#include "boinc/LenientXml.h"

namespace bdm::readiness {

using boinc::XmlDocument;
using boinc::XmlElement;

namespace {

// The options are flags: present-and-empty or a number; BOINC reads "0" as off.
bool optionSet(const XmlElement& options, std::string_view name)
{
    const XmlElement element = options.child(name);
    if (element.isNull())
        return false;
    const QString text = element.text().trimmed();
    return text.isEmpty() || text.toInt() != 0;
}

} // namespace

ClientConfigFlags ClientConfigFlags::parse(const QByteArray& xml, const QString& source)
{
    ClientConfigFlags flags;
    const XmlDocument document = XmlDocument::parse(xml);
    XmlElement config = document.root().child("cc_config");
    if (config.isNull() || !document.isComplete())
        return flags;
    flags.known = true;
    flags.source = source;
    // Options live in <options>; tolerate them directly under <cc_config> as hand-edited files do.
    const XmlElement options = config.has("options") ? config.child("options") : config;
    flags.dontUseDocker = optionSet(options, "dont_use_docker") || optionSet(options, "dont_use_podman");
    flags.dontUseWsl = optionSet(options, "dont_use_wsl");
    for (const XmlElement& distro : options.children("disallowed_wsl")) {
        const QString name = distro.text().trimmed();
        if (!name.isEmpty())
            flags.disallowedWsl.append(name);
    }
    return flags;
}

} // namespace bdm::readiness
