#include "LabBoincProject.h"

#include "LabTools.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace bdm::lab {

namespace {

const QString appName = QStringLiteral("lab");
const QString scienceProgram = QStringLiteral("lab_science");
const QString labImage = QStringLiteral("local/busybox:1");
constexpr int versionNum = 100;
constexpr double hostFlops = 1e9; // what a 7.20 client assumes when benchmarks are skipped

QString xml(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

LabBoincProject::LabBoincProject(const LabBoincOptions& options, const QString& dataDir)
    : m_options(options), m_dataDir(dataDir)
{}

QString LabBoincProject::escapeProjectUrl(const QString& masterUrl)
{
    QString escaped = masterUrl;
    const qsizetype scheme = escaped.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        escaped.remove(0, scheme + 3);
    }
    for (QChar& c : escaped) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!keep) {
            c = QLatin1Char('_');
        }
    }
    if (escaped.endsWith(QLatin1Char('_'))) {
        escaped.chop(1);
    }
    return escaped;
}

QString LabBoincProject::containerName(const QString& masterUrl, const QString& resultName)
{
    return QStringLiteral("boinc__%1__%2").arg(escapeProjectUrl(masterUrl).toLower(), resultName.toLower());
}

QString LabBoincProject::projectDir() const
{
    return m_dataDir + QStringLiteral("/projects/") + escapeProjectUrl(m_options.projectUrl);
}

QString LabBoincProject::workunitName(int index) const
{
    return m_options.resultPrefix + QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0'));
}

QStringList LabBoincProject::resultNames() const
{
    QStringList names;
    for (int i = 0; i < m_options.taskCount; ++i) {
        names.append(workunitName(i) + QStringLiteral("_0"));
    }
    return names;
}

bool LabBoincProject::write(const QString& clientVersion, const QString& platform,
                            const QString& dockerProgram, QString* error) const
{
    const QByteArray script = scienceScript(dockerProgram, error);
    if (script.isEmpty()) {
        return false;
    }
    const QString escaped = escapeProjectUrl(m_options.projectUrl);
    const QString program = projectDir() + QLatin1Char('/') + scienceProgram;
    const bool written =
        writeFile(m_dataDir + QStringLiteral("/gui_rpc_auth.cfg"), m_options.password.toUtf8(), error) &&
        writeFile(m_dataDir + QStringLiteral("/cc_config.xml"), ccConfig(), error) &&
        writeFile(m_dataDir + QStringLiteral("/global_prefs_override.xml"), preferences(), error) &&
        writeFile(m_dataDir + QStringLiteral("/account_%1.xml").arg(escaped), account(), error) &&
        writeFile(projectDir() + QStringLiteral("/app_info.xml"), appInfo(), error) &&
        writeFile(program, script, error) &&
        writeFile(m_dataDir + QStringLiteral("/client_state.xml"), clientState(clientVersion, platform),
                  error);
    if (!written) {
        return false;
    }
    QFile::setPermissions(program,
                          QFile::permissions(program) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

QByteArray LabBoincProject::ccConfig() const
{
    // Fixed CPU count so "two run, the rest wait" holds on any machine; no benchmarks and
    // no network lookups, which would only slow the start and fail offline.
    return QStringLiteral("<cc_config>\n<options>\n"
                          "    <ncpus>%1</ncpus>\n"
                          "    <skip_cpu_benchmarks>1</skip_cpu_benchmarks>\n"
                          "    <dont_contact_ref_site>1</dont_contact_ref_site>\n"
                          "    <no_info_fetch>1</no_info_fetch>\n"
                          "    <allow_multiple_clients>1</allow_multiple_clients>\n"
                          "</options>\n</cc_config>\n")
        .arg(m_options.cpus)
        .toUtf8();
}

QByteArray LabBoincProject::preferences() const
{
    // The defaults suspend computing while other programs use more than 25% CPU, which a
    // parallel build or another test easily does; tasks must keep running regardless.
    return QByteArrayLiteral("<global_preferences>\n"
                             "    <run_if_user_active>1</run_if_user_active>\n"
                             "    <suspend_cpu_usage>0</suspend_cpu_usage>\n"
                             "    <cpu_usage_limit>100</cpu_usage_limit>\n"
                             "    <max_ncpus_pct>100</max_ncpus_pct>\n"
                             "    <leave_apps_in_memory>1</leave_apps_in_memory>\n"
                             "    <cpu_scheduling_period_minutes>1440</cpu_scheduling_period_minutes>\n"
                             "</global_preferences>\n");
}

QByteArray LabBoincProject::account() const
{
    return QStringLiteral(
               "<account>\n    <master_url>%1</master_url>\n    <authenticator>lab</authenticator>\n"
               "    <project_name>Lab Test</project_name>\n</account>\n")
        .arg(xml(m_options.projectUrl))
        .toUtf8();
}

QByteArray LabBoincProject::appInfo() const
{
    // api_version >= 6.0 makes the client share memory through slots/N/boinc_mmap_file,
    // which the science script reads for suspend/resume/quit/abort (see LabScience.sh).
    const QString planClass =
        m_options.planClass.isEmpty()
            ? QString()
            : QStringLiteral("    <plan_class>%1</plan_class>\n").arg(xml(m_options.planClass));
    return QStringLiteral(
               "<app_info>\n"
               "<app>\n    <name>%1</name>\n    <user_friendly_name>Lab app</user_friendly_name>\n</app>\n"
               "<file_info>\n    <name>%2</name>\n    <executable/>\n</file_info>\n"
               "<app_version>\n    <app_name>%1</app_name>\n    <version_num>%3</version_num>\n"
               "    <api_version>7.20.0</api_version>\n%4"
               "    <avg_ncpus>1</avg_ncpus>\n    <max_ncpus>1</max_ncpus>\n"
               "    <file_ref>\n        <file_name>%2</file_name>\n        <main_program/>\n"
               "    </file_ref>\n</app_version>\n</app_info>\n")
        .arg(appName, scienceProgram)
        .arg(versionNum)
        .arg(planClass)
        .toUtf8();
}

QByteArray LabBoincProject::clientState(const QString& clientVersion, const QString& platform) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList version = clientVersion.split(QLatin1Char('.'));
    const double fpops = hostFlops * m_options.taskSeconds;
    const QString planClass =
        m_options.planClass.isEmpty()
            ? QString()
            : QStringLiteral("    <plan_class>%1</plan_class>\n").arg(xml(m_options.planClass));

    // A large min_rpc_time keeps the client from ever asking the (absent) scheduler.
    QString state =
        QStringLiteral("<client_state>\n<project>\n    <master_url>%1</master_url>\n"
                       "    <project_name>Lab Test</project_name>\n    <anonymous_platform/>\n"
                       "    <dont_request_more_work/>\n    <min_rpc_time>%2</min_rpc_time>\n</project>\n")
            .arg(xml(m_options.projectUrl))
            .arg(now + 365 * 86400);
    const QStringList results = resultNames();
    for (int i = 0; i < results.size(); ++i) {
        const QString& result = results.at(i);
        // <generated_locally/>: the client must not try to fetch the output from the fake URL.
        state += QStringLiteral("<file>\n    <name>%1_out</name>\n    <nbytes>0</nbytes>\n"
                                "    <max_nbytes>1000000</max_nbytes>\n    <status>0</status>\n"
                                "    <generated_locally/>\n</file>\n")
                     .arg(xml(result));
        state += QStringLiteral("<workunit>\n    <name>%1</name>\n    <app_name>%2</app_name>\n"
                                "    <version_num>%3</version_num>\n    <rsc_fpops_est>%4</rsc_fpops_est>\n"
                                "    <rsc_fpops_bound>%5</rsc_fpops_bound>\n"
                                "    <rsc_memory_bound>500000000</rsc_memory_bound>\n"
                                "    <rsc_disk_bound>1000000000</rsc_disk_bound>\n</workunit>\n")
                     .arg(xml(workunitName(i)), appName)
                     .arg(versionNum)
                     .arg(fpops, 0, 'f', 0)
                     .arg(fpops * 1000, 0, 'f', 0);
        // The client runs results in order of received_time, so task 0 starts first.
        state += QStringLiteral("<result>\n    <name>%1</name>\n    <wu_name>%2</wu_name>\n"
                                "    <received_time>%3</received_time>\n"
                                "    <report_deadline>%4</report_deadline>\n    <state>2</state>\n"
                                "    <platform>%5</platform>\n    <version_num>%6</version_num>\n%7"
                                "    <file_ref>\n        <file_name>%1_out</file_name>\n"
                                "        <open_name>lab_output</open_name>\n        <copy_file/>\n"
                                "    </file_ref>\n</result>\n")
                     .arg(xml(result), xml(workunitName(i)))
                     .arg(now - results.size() + i)
                     .arg(now + 30 * 86400)
                     .arg(xml(platform))
                     .arg(versionNum)
                     .arg(planClass);
    }
    // Matching version fields keep the client from treating itself as newly installed.
    state += QStringLiteral("<active_task_set>\n</active_task_set>\n<platform_name>%1</platform_name>\n"
                            "<core_client_major_version>%2</core_client_major_version>\n"
                            "<core_client_minor_version>%3</core_client_minor_version>\n"
                            "<core_client_release>%4</core_client_release>\n</client_state>\n")
                 .arg(xml(platform), version.value(0), version.value(1), version.value(2));
    return state.toUtf8();
}

QByteArray LabBoincProject::scienceScript(const QString& dockerProgram, QString* error) const
{
    QFile file(QStringLiteral(BDM_TEST_SUPPORT_DIR "/LabScience.sh"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        }
        return {};
    }
    QByteArray script = file.readAll();
    const bool containers = !m_options.engineSocket.isEmpty();
    script.replace("@LAB_SECONDS@", QByteArray::number(m_options.taskSeconds));
    script.replace("@LAB_DOCKER@", containers ? dockerProgram.toUtf8() : QByteArray());
    script.replace("@LAB_IMAGE@", labImage.toUtf8());
    script.replace("@LAB_DOCKER_HOST@",
                   containers ? QByteArray("unix://" + m_options.engineSocket.toUtf8()) : QByteArray());
    script.replace("@LAB_DOCKER_CONFIG@", (m_dataDir + QStringLiteral("/docker-cli")).toUtf8());
    return script;
}

} // namespace bdm::lab
