#pragma once

#include "readiness/PlanClassSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::readiness {

// A project's plan_class_spec.xml, read as leniently as the scheduler's own XML_PARSER: values
// are trimmed, unknown elements are skipped (with a warning, since they are usually typos), and
// a file that is not well-formed XML is still read tag by tag after a warning with its line.
struct PlanClassSpecFile
{
    QString source; // path or URL, for messages
    QList<PlanClassSpec> classes;
    QStringList warnings;
    QString error; // set when nothing usable was read: not XML at all, wrong root, empty

    bool ok() const { return error.isEmpty(); }
    // The first class of that name: the scheduler stops at the first match as well.
    const PlanClassSpec* find(const QString& name) const;

    static PlanClassSpecFile parse(const QByteArray& xml, const QString& source);
};

} // namespace bdm::readiness
