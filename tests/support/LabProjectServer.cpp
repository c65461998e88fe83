#include "LabProjectServer.h"

#include "LabTools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace bdm::lab {

namespace {

const QStringList programs = {QStringLiteral("boinc2docker_create_work"),
                              QStringLiteral("stage_file"),
                              QStringLiteral("create_work"),
                              QStringLiteral("cancel_jobs"),
                              QStringLiteral("bdm_job_status"),
                              QStringLiteral("status"),
                              QStringLiteral("fake_daemon"),
                              QStringLiteral("fake_boinc.py")};

// A typical project's config.xml daemons and tasks (one daemon switched off), for bin/status.
const char* const daemonsXml =
    "<daemons>\n"
    "  <daemon><cmd>feeder -d 3</cmd></daemon>\n"
    "  <daemon><cmd>transitioner -d 3</cmd></daemon>\n"
    "  <daemon><cmd>file_deleter -d 3</cmd></daemon>\n"
    "  <daemon><cmd>sample_trivial_validator -d 3 --app docker_app</cmd></daemon>\n"
    "  <daemon><cmd>db_purge -d 3 -min_age_days 7</cmd><disabled/></daemon>\n"
    "</daemons>\n"
    "<tasks>\n"
    "  <task><cmd>antique_file_deleter -d 2</cmd><period>24 hours</period></task>\n"
    "  <task><cmd>update_stats -update_users</cmd><period>7 days</period></task>\n"
    "</tasks>\n";

QString sourceDir()
{
    return QStringLiteral(BDM_TEST_SUPPORT_DIR "/fake-project");
}

} // namespace

LabProjectServer::LabProjectServer() = default;
LabProjectServer::~LabProjectServer()
{
    if (m_dir)
        control({QStringLiteral("daemons_stop")});
}

bool LabProjectServer::create(const QStringList& apps)
{
    m_error.clear();
    QString python = findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &m_error);
    if (python.isEmpty()) {
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-project-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
    for (const char* sub : {"bin", "download", "upload", "templates", "html/inc", "tmp_bdm"}) {
        QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(sub));
    }
    QStringList files = programs;
    for (const QString& name : std::as_const(files)) {
        const QString to = m_root + QStringLiteral("/bin/") + name;
        if (!QFile::copy(sourceDir() + QStringLiteral("/bin/") + name, to)) {
            m_error = QStringLiteral("cannot copy %1 into the fake project").arg(name);
            return false;
        }
    }
    if (!QFile::copy(sourceDir() + QStringLiteral("/fake_project_ctl"),
                     m_root + QStringLiteral("/fake_project_ctl"))) {
        m_error = QStringLiteral("cannot copy fake_project_ctl into the fake project");
        return false;
    }
    QString appXml;
    for (const QString& app : apps) {
        appXml +=
            QStringLiteral("<app>\n<name>%1</name>\n<user_friendly_name>%1</user_friendly_name>\n</app>\n")
                .arg(app);
    }
    const QString config = QStringLiteral("<boinc>\n<config>\n<upload_url>%1</upload_url>\n"
                                          "<download_dir>%2/download</download_dir>\n"
                                          "<upload_dir>%2/upload</upload_dir>\n"
                                          "<uldl_dir_fanout>1024</uldl_dir_fanout>\n</config>\n%3</boinc>\n")
                               .arg(uploadUrl(), m_root, QLatin1String(daemonsXml));
    return writeFile(m_root + QStringLiteral("/config.xml"), config.toUtf8(), &m_error) &&
           writeFile(m_root + QStringLiteral("/project.xml"),
                     QStringLiteral("<boinc>\n%1</boinc>\n").arg(appXml).toUtf8(), &m_error) &&
           // stage_file checks for it to know it runs in a project directory.
           writeFile(m_root + QStringLiteral("/html/inc/dir_hier.inc"), "<?php\n", &m_error) &&
           // What boinc2docker_create_project installs: its sample with one Docker class.
           writeFile(m_root + QStringLiteral("/plan_class_spec.xml"),
                     "<plan_classes>\n    <plan_class>\n        <name>docker_test</name>\n"
                     "        <docker/>\n    </plan_class>\n</plan_classes>\n",
                     &m_error);
}

QString LabProjectServer::errorString() const
{
    return m_error;
}

QString LabProjectServer::directory() const
{
    return m_root;
}

QString LabProjectServer::uploadUrl() const
{
    return QStringLiteral("http://127.0.0.1/lab_cgi/file_upload_handler");
}

bool LabProjectServer::failNext()
{
    return writeFile(m_root + QStringLiteral("/fail_next"), "1", &m_error);
}

bool LabProjectServer::slowNext(double seconds)
{
    return writeFile(m_root + QStringLiteral("/slow_next"), QByteArray::number(seconds), &m_error);
}

bool LabProjectServer::slowNextCreateWork(double seconds)
{
    return writeFile(m_root + QStringLiteral("/slow_next_create_work"), QByteArray::number(seconds),
                     &m_error);
}

bool LabProjectServer::writeTemplate(const QString& name, const QByteArray& content)
{
    return writeFile(m_root + QStringLiteral("/templates/") + name, content, &m_error);
}

QJsonArray LabProjectServer::workunits() const
{
    QFile file(m_root + QStringLiteral("/fake_state.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("workunits")).toArray();
}

int LabProjectServer::workunitCount() const
{
    return static_cast<int>(workunits().size());
}

QList<QJsonObject> LabProjectServer::invocations(const QString& prog) const
{
    QList<QJsonObject> list;
    QFile file(m_root + QStringLiteral("/fake_argv.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        return list;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty() && (prog.isEmpty() || o.value(QLatin1String("prog")).toString() == prog)) {
            list << o;
        }
    }
    return list;
}

bool LabProjectServer::control(const QStringList& arguments, QByteArray* output)
{
    RunOptions options;
    options.workingDirectory = m_root;
    const RunResult result = runProcess(m_root + QStringLiteral("/fake_project_ctl"), arguments, options);
    if (!result.succeeded()) {
        m_error = result.describe();
        return false;
    }
    if (output) {
        *output = result.standardOutput;
    }
    return true;
}

bool LabProjectServer::startDaemons()
{
    return control({QStringLiteral("daemons_start")});
}

bool LabProjectServer::stopDaemons()
{
    return control({QStringLiteral("daemons_stop")});
}

bool LabProjectServer::killDaemon(const QString& name)
{
    return control({QStringLiteral("daemon_kill"), name});
}

bool LabProjectServer::complete(const QString& workunit, const QByteArray& content)
{
    QStringList args{QStringLiteral("complete"), workunit};
    if (!content.isEmpty()) {
        args << QString::fromUtf8(content);
    }
    return control(args);
}

bool LabProjectServer::markError(const QString& workunit, const QString& detail)
{
    return control({QStringLiteral("error"), workunit, detail});
}

QString LabProjectServer::hashDir(const QString& name, int fanout)
{
    const QByteArray md5 = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::number(md5.mid(1, 7).toUInt(nullptr, 16) % static_cast<uint>(fanout), 16);
}

QString LabProjectServer::downloadPath(const QString& name) const
{
    return QStringLiteral("%1/download/%2/%3").arg(m_root, hashDir(name), name);
}

QString LabProjectServer::uploadPath(const QString& name) const
{
    return QStringLiteral("%1/upload/%2/%3").arg(m_root, hashDir(name), name);
}

} // namespace bdm::lab
