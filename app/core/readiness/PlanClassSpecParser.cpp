#include "boinc/LenientXml.h"
#include "readiness/PlanClassSpecFile.h"
#include "readiness/ReadinessTr.h"

#include <QRegularExpression>
#include <cctype>
#include <optional>
#include <pugixml.hpp>
#include <utility>
#include <variant>

namespace bdm::readiness {
namespace {

// One child element of a <plan_class>, whichever parser found it.
struct RawField
{
    QByteArray tag;
    QString text;
    int line = 0;
};

struct RawClass
{
    int line = 0;
    QList<RawField> fields;
};

using StrField = QString PlanClassSpec::*;
using BoolField = bool PlanClassSpec::*;
using IntField = int PlanClassSpec::*;
using DoubleField = double PlanClassSpec::*;
using LongField = qint64 PlanClassSpec::*;
using Member = std::variant<StrField, BoolField, IntField, DoubleField, LongField>;

struct FieldDef
{
    const char* tag;
    Member member;
};

// The elements PLAN_CLASS_SPEC::parse() reads, except the repeating and the regex ones.
const FieldDef fieldDefs[] = {
    {"name", &PlanClassSpec::name},
    {"min_core_client_version", &PlanClassSpec::minCoreClientVersion},
    {"max_core_client_version", &PlanClassSpec::maxCoreClientVersion},
    {"gpu_type", &PlanClassSpec::gpuType},
    {"cuda", &PlanClassSpec::cuda},
    {"cal", &PlanClassSpec::cal},
    {"opencl", &PlanClassSpec::opencl},
    {"virtualbox", &PlanClassSpec::virtualbox},
    {"wsl", &PlanClassSpec::wsl},
    {"docker", &PlanClassSpec::docker},
    {"min_boinc_wsl_distro_version", &PlanClassSpec::minBoincWslDistroVersion},
    {"is64bit", &PlanClassSpec::is64bit},
    {"min_ncpus", &PlanClassSpec::minNcpus},
    {"max_threads", &PlanClassSpec::maxThreads},
    {"mem_usage_base_mb", &PlanClassSpec::memUsageBaseMb},
    {"mem_usage_per_cpu_mb", &PlanClassSpec::memUsagePerCpuMb},
    {"nthreads_cmdline", &PlanClassSpec::nthreadsCmdline},
    {"projected_flops_scale", &PlanClassSpec::projectedFlopsScale},
    {"user_id", &PlanClassSpec::userId},
    {"infeasible_random", &PlanClassSpec::infeasibleRandom},
    {"min_os_version", &PlanClassSpec::minOsVersion},
    {"max_os_version", &PlanClassSpec::maxOsVersion},
    {"min_android_version", &PlanClassSpec::minAndroidVersion},
    {"max_android_version", &PlanClassSpec::maxAndroidVersion},
    {"min_libc_version", &PlanClassSpec::minLibcVersion},
    {"project_prefs_tag", &PlanClassSpec::projectPrefsTag},
    {"project_prefs_default_true", &PlanClassSpec::projectPrefsDefaultTrue},
    {"avg_ncpus", &PlanClassSpec::avgNcpus},
    {"cpu_frac", &PlanClassSpec::cpuFrac},
    {"min_gpu_ram_mb", &PlanClassSpec::minGpuRamMb},
    {"gpu_ram_used_mb", &PlanClassSpec::gpuRamUsedMb},
    {"gpu_peak_flops_scale", &PlanClassSpec::gpuPeakFlopsScale},
    {"ngpus", &PlanClassSpec::ngpus},
    {"min_gpu_peak_flops", &PlanClassSpec::minGpuPeakFlops},
    {"max_gpu_peak_flops", &PlanClassSpec::maxGpuPeakFlops},
    {"min_driver_version", &PlanClassSpec::minDriverVersion},
    {"max_driver_version", &PlanClassSpec::maxDriverVersion},
    {"gpu_utilization_tag", &PlanClassSpec::gpuUtilizationTag},
    {"need_ati_libs", &PlanClassSpec::needAtiLibs},
    {"need_amd_libs", &PlanClassSpec::needAmdLibs},
    {"without_opencl", &PlanClassSpec::withoutOpencl},
    {"min_cal_target", &PlanClassSpec::minCalTarget},
    {"max_cal_target", &PlanClassSpec::maxCalTarget},
    {"min_nvidia_compcap", &PlanClassSpec::minNvidiaCompcap},
    {"max_nvidia_compcap", &PlanClassSpec::maxNvidiaCompcap},
    {"min_cuda_version", &PlanClassSpec::minCudaVersion},
    {"max_cuda_version", &PlanClassSpec::maxCudaVersion},
    {"min_opencl_version", &PlanClassSpec::minOpenclVersion},
    {"max_opencl_version", &PlanClassSpec::maxOpenclVersion},
    {"min_opencl_driver_revision", &PlanClassSpec::minOpenclDriverRevision},
    {"max_opencl_driver_revision", &PlanClassSpec::maxOpenclDriverRevision},
    {"double_precision_fp", &PlanClassSpec::doublePrecisionFp},
    {"min_metal_support", &PlanClassSpec::minMetalSupport},
    {"min_vbox_version", &PlanClassSpec::minVboxVersion},
    {"max_vbox_version", &PlanClassSpec::maxVboxVersion},
    {"vm_accel_required", &PlanClassSpec::vmAccelRequired},
    {"min_wu_id", &PlanClassSpec::minWuId},
    {"max_wu_id", &PlanClassSpec::maxWuId},
    {"min_batch", &PlanClassSpec::minBatch},
    {"max_batch", &PlanClassSpec::maxBatch},
};

const struct
{
    const char* tag;
    StrField member;
} regexDefs[] = {
    {"os_regex", &PlanClassSpec::osRegex},
    {"cpu_vendor_regex", &PlanClassSpec::cpuVendorRegex},
    {"cpu_model_regex", &PlanClassSpec::cpuModelRegex},
    {"project_prefs_regex", &PlanClassSpec::projectPrefsRegex},
    {"gpu_type_regex", &PlanClassSpec::gpuTypeRegex},
};

class Reader
{
public:
    Reader(PlanClassSpec& spec, const RawField& field, QStringList& warnings)
        : m_spec(spec), m_field(field), m_warnings(warnings)
    {}

    void operator()(StrField m) const { m_spec.*m = m_field.text; }
    // XML_PARSER::parse_bool: an empty element is true, otherwise the number decides.
    void operator()(BoolField m) const
    {
        if (m_field.text.isEmpty())
            m_spec.*m = true;
        else if (const auto v = number<qint64>())
            m_spec.*m = *v != 0;
    }
    void operator()(IntField m) const
    {
        if (const auto v = number<qint64>())
            m_spec.*m = static_cast<int>(*v);
    }
    void operator()(LongField m) const
    {
        if (const auto v = number<qint64>())
            m_spec.*m = *v;
    }
    void operator()(DoubleField m) const
    {
        if (const auto v = number<double>())
            m_spec.*m = *v;
    }

private:
    // A value that is not a number is skipped by the scheduler, which keeps the default.
    template <class T> std::optional<T> number() const
    {
        bool ok = false;
        const T v = std::is_same_v<T, double> ? static_cast<T>(m_field.text.toDouble(&ok))
                                              : static_cast<T>(m_field.text.toLongLong(&ok));
        if (ok)
            return v;
        m_warnings.append(Readiness::tr("line %1: plan class '%2': <%3> '%4' is not a number; the "
                                        "scheduler ignores it")
                              .arg(m_field.line)
                              .arg(m_spec.name, QString::fromLatin1(m_field.tag), m_field.text));
        return std::nullopt;
    }

    PlanClassSpec& m_spec;
    const RawField& m_field;
    QStringList& m_warnings;
};

bool readRegex(PlanClassSpec& spec, const RawField& f)
{
    for (const auto& def : regexDefs) {
        if (f.tag != def.tag)
            continue;
        spec.*def.member = f.text;
        if (!QRegularExpression(f.text).isValid() && spec.badRegex.isEmpty())
            spec.badRegex = QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(f.tag), f.text);
        return true;
    }
    return false;
}

PlanClassSpec buildSpec(const RawClass& raw, QStringList& warnings)
{
    PlanClassSpec spec;
    spec.line = raw.line;
    // The name first, so that warnings about the other fields can name the class.
    for (const RawField& f : raw.fields) {
        if (f.tag == "name" && spec.name.isEmpty())
            spec.name = f.text;
    }
    for (const RawField& f : raw.fields) {
        if (f.tag == "cpu_feature") {
            spec.cpuFeatures.append(f.text);
            continue;
        }
        if (f.tag == "exclude_vbox_version") {
            bool ok = false;
            const int v = f.text.toInt(&ok);
            if (ok)
                spec.excludeVboxVersions.append(v);
            continue;
        }
        if (readRegex(spec, f))
            continue;
        bool known = false;
        for (const FieldDef& def : fieldDefs) {
            if (f.tag == def.tag) {
                std::visit(Reader(spec, f, warnings), def.member);
                known = true;
                break;
            }
        }
        if (!known)
            warnings.append(Readiness::tr("line %1: plan class '%2': unknown element <%3>, which the "
                                          "scheduler ignores")
                                .arg(f.line)
                                .arg(spec.name, QString::fromLatin1(f.tag)));
    }
    return spec;
}

int lineAt(const QByteArray& data, qsizetype offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

// The strict reading: pugixml, with line numbers. Returns false when the XML is not well-formed.
bool readStrict(const QByteArray& data, QString& root, QList<RawClass>& out, QString& whyNot)
{
    pugi::xml_document doc;
    const pugi::xml_parse_result r =
        doc.load_buffer(data.constData(), static_cast<size_t>(data.size()), pugi::parse_default);
    if (!r) {
        whyNot =
            Readiness::tr("line %1: %2").arg(lineAt(data, r.offset)).arg(QString::fromUtf8(r.description()));
        return false;
    }
    const pugi::xml_node top = doc.document_element();
    root = QString::fromUtf8(top.name());
    for (const pugi::xml_node pc : top.children("plan_class")) {
        RawClass raw{lineAt(data, pc.offset_debug()), {}};
        for (const pugi::xml_node f : pc.children()) {
            if (f.type() == pugi::node_element)
                raw.fields.append(RawField{QByteArray(f.name()), QString::fromUtf8(f.text().get()).trimmed(),
                                           lineAt(data, f.offset_debug())});
        }
        out.append(raw);
    }
    return true;
}

// The lenient reading, tag by tag like BOINC's XML_PARSER: a field is <tag/> or <tag>text</tag>;
// anything else (an end tag written as a start tag, a raw '<') loses only that field, and a
// cut-off file keeps the classes that were complete.
class TagScanner
{
public:
    explicit TagScanner(const QByteArray& data) : m_data(data) {}

    void read(QString& root, QList<RawClass>& out)
    {
        std::optional<RawClass> current;
        while (next()) {
            if (root.isEmpty() && !m_closing)
                root = QString::fromLatin1(m_name);
            if (m_name == "plan_class") {
                if (!m_closing && !m_selfClosing)
                    current = RawClass{lineAt(m_data, m_tagBegin), {}};
                else if (m_closing && current)
                    out.append(*std::exchange(current, std::nullopt));
                continue;
            }
            if (!current || m_closing)
                continue;
            RawField f{m_name, QString(), lineAt(m_data, m_tagBegin)};
            if (!m_selfClosing) {
                const QByteArray end = "</" + m_name + '>';
                const qsizetype close = m_data.indexOf(end, m_pos);
                const qsizetype nextTag = m_data.indexOf('<', m_pos);
                if (close < 0 || nextTag != close)
                    continue; // not <tag>text</tag>: the scheduler cannot read it either
                f.text = boinc::decodeBoincText(QByteArrayView(m_data).sliced(m_pos, close - m_pos));
                m_pos = close + end.size();
            }
            current->fields.append(f);
        }
    }

private:
    bool next()
    {
        while (true) {
            const qsizetype lt = m_data.indexOf('<', m_pos);
            if (lt < 0)
                return false;
            const qsizetype gt = m_data.indexOf('>', lt);
            if (gt < 0)
                return false;
            if (m_data.sliced(lt).startsWith("<!--")) {
                const qsizetype end = m_data.indexOf("-->", lt);
                m_pos = end < 0 ? m_data.size() : end + 3;
                continue;
            }
            m_pos = gt + 1;
            QByteArray tag = m_data.sliced(lt + 1, gt - lt - 1).trimmed();
            if (tag.isEmpty() || tag.startsWith('?') || tag.startsWith('!'))
                continue;
            m_tagBegin = lt;
            m_closing = tag.startsWith('/');
            m_selfClosing = tag.endsWith('/');
            if (m_closing)
                tag.remove(0, 1);
            if (m_selfClosing)
                tag.chop(1);
            // Attributes are not part of any plan class element; the name ends at the first blank.
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && !std::isspace(static_cast<unsigned char>(tag.at(nameEnd))))
                ++nameEnd;
            m_name = tag.left(nameEnd);
            return true;
        }
    }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    qsizetype m_tagBegin = 0;
    QByteArray m_name;
    bool m_closing = false;
    bool m_selfClosing = false;
};

} // namespace

PlanClassSpecFile PlanClassSpecFile::parse(const QByteArray& xml, const QString& source)
{
    PlanClassSpecFile file;
    file.source = source;
    if (xml.trimmed().isEmpty()) {
        file.error = Readiness::tr("%1 is empty").arg(source);
        return file;
    }
    QString root;
    QString whyNot;
    QList<RawClass> raw;
    if (!readStrict(xml, root, raw, whyNot)) {
        raw.clear();
        TagScanner(xml).read(root, raw);
        if (root != QLatin1String("plan_classes")) {
            file.error = Readiness::tr("%1 is not XML (%2)").arg(source, whyNot);
            return file;
        }
        file.warnings.append(
            Readiness::tr("%1 is not well-formed XML (%2); it was read tag by tag, as the scheduler reads it")
                .arg(source, whyNot));
    }
    if (root != QLatin1String("plan_classes")) {
        file.error =
            Readiness::tr("%1 is not a plan class file: its root element is <%2>, not <plan_classes>")
                .arg(source, root);
        return file;
    }
    for (const RawClass& r : raw) {
        PlanClassSpec spec = buildSpec(r, file.warnings);
        if (spec.name.isEmpty())
            file.warnings.append(Readiness::tr("line %1: a plan class without <name>").arg(r.line));
        else if (file.find(spec.name))
            file.warnings.append(Readiness::tr("line %1: plan class '%2' is defined again; the scheduler "
                                               "uses the first definition")
                                     .arg(r.line)
                                     .arg(spec.name));
        if (!spec.badRegex.isEmpty())
            file.warnings.append(Readiness::tr("line %1: plan class '%2': %3 is not a valid regular "
                                               "expression; the scheduler refuses to load this file")
                                     .arg(r.line)
                                     .arg(spec.name, spec.badRegex));
        file.classes.append(spec);
    }
    if (file.classes.isEmpty())
        file.error = Readiness::tr("%1 has no <plan_class> elements").arg(source);
    return file;
}

} // namespace bdm::readiness
