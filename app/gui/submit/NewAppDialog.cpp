#include "gui/submit/NewAppDialog.h"

#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/PlanClassField.h"
#include "gui/widgets/SshTargetForm.h"
#include "submit/AppCreatePlan.h"
#include "submit/AppCreator.h"
#include "submit/AppSpecFile.h"
#include "submit/SshEndpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bdm::gui {

NewAppDialog::NewAppDialog(const submit::SubmitTarget& target, QWidget* parent)
    : QDialog(parent), m_app(new QLineEdit(this)),
      m_newClass(new QCheckBox(tr("Create a &new plan class"), this)), m_planClass(new PlanClassField(this)),
      m_compose(new QComboBox(this)), m_gpuType(new QComboBox(this)), m_ngpus(new QDoubleSpinBox(this)),
      m_minNcpus(new QSpinBox(this)), m_maxThreads(new QSpinBox(this)), m_server(new SshTargetForm(this)),
      m_preview(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_create(new QPushButton(tr("C&reate"), this)), m_creator(new submit::AppCreator(this))
{
    setObjectName(QStringLiteral("newAppDialog"));
    setWindowTitle(tr("New Docker app"));
    m_app->setObjectName(QStringLiteral("appName"));
    m_planClass->setObjectName(QStringLiteral("planClassName"));
    m_planClass->setText(QStringLiteral("docker_test"));
    // "Read from server" lists the classes the project has, over the SSH fields below.
    m_planClass->setTargetSource([this] { return m_server->target(); });
    m_preview->setObjectName(QStringLiteral("appPreview"));
    m_create->setObjectName(QStringLiteral("createAppButton"));
    m_status->setObjectName(QStringLiteral("appStatus"));
    m_compose->addItem(tr("No compose"), QString());
    m_compose->addItem(tr("docker-compose (v1)"), QStringLiteral("v1"));
    m_compose->addItem(tr("docker compose (v2)"), QStringLiteral("v2"));
    m_gpuType->addItem(tr("No GPU"), QString());
    m_gpuType->addItem(tr("NVIDIA"), QStringLiteral("nvidia"));
    m_gpuType->addItem(tr("AMD"), QStringLiteral("amd"));
    m_ngpus->setRange(0, 64);
    m_minNcpus->setRange(0, 1024);
    m_maxThreads->setRange(0, 1024);
    m_server->setTarget(target);
    m_preview->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&App name:"), m_app);
    form->addRow(QString(), m_newClass);
    form->addRow(tr("Plan c&lass:"), m_planClass);
    form->addRow(tr("Co&mpose:"), m_compose);
    form->addRow(tr("&GPU:"), m_gpuType);
    form->addRow(tr("GPUs p&er task:"), m_ngpus);
    form->addRow(tr("Minimum &CPUs:"), m_minNcpus);
    form->addRow(tr("Maximum &threads:"), m_maxThreads);
    form->addRow(m_server);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What will be run on the server:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewAppDialog::create);
    connect(m_app, &QLineEdit::textChanged, this, &NewAppDialog::updatePreview);
    connect(m_planClass->comboBox(), &QComboBox::currentTextChanged, this, &NewAppDialog::updatePreview);
    connect(m_server, &SshTargetForm::changed, this, &NewAppDialog::updatePreview);
    for (QComboBox* c : {m_compose, m_gpuType})
        connect(c, &QComboBox::currentIndexChanged, this, &NewAppDialog::updatePreview);
    for (QSpinBox* s : {m_minNcpus, m_maxThreads})
        connect(s, &QSpinBox::valueChanged, this, &NewAppDialog::updatePreview);
    connect(m_ngpus, &QDoubleSpinBox::valueChanged, this, &NewAppDialog::updatePreview);
    connect(m_newClass, &QCheckBox::toggled, this, &NewAppDialog::updatePreview);
    connect(m_creator, &submit::AppCreator::progress, this,
            [this](submit::AppCreator::Stage, const QString& message) { m_status->setText(message); });
    connect(m_creator, &submit::AppCreator::finished, this, &NewAppDialog::onFinished);
    connect(m_creator, &submit::AppCreator::failed, this, &NewAppDialog::onFailed);
    updatePreview();
}

NewAppDialog::~NewAppDialog() = default;

std::optional<submit::AppSpec> NewAppDialog::spec(QStringList* errors) const
{
    // Through the spec reader, so the dialog refuses exactly what the CLI refuses.
    QJsonObject planClass;
    if (m_newClass->isChecked()) {
        QJsonObject n{{QStringLiteral("name"), m_planClass->text()}};
        if (!m_compose->currentData().toString().isEmpty())
            n[QStringLiteral("compose")] = m_compose->currentData().toString();
        if (!m_gpuType->currentData().toString().isEmpty()) {
            n[QStringLiteral("gpu_type")] = m_gpuType->currentData().toString();
            n[QStringLiteral("ngpus")] = m_ngpus->value();
        }
        if (m_minNcpus->value() > 0)
            n[QStringLiteral("min_ncpus")] = m_minNcpus->value();
        if (m_maxThreads->value() > 0)
            n[QStringLiteral("max_threads")] = m_maxThreads->value();
        planClass[QStringLiteral("new")] = n;
    } else {
        planClass[QStringLiteral("existing")] = m_planClass->text();
    }
    const submit::SubmitTarget t = m_server->target();
    QJsonObject target{{QStringLiteral("host"), t.host},
                       {QStringLiteral("port"), t.port},
                       {QStringLiteral("project_dir"), t.projectDir}};
    const std::pair<const char*, QString> optional[] = {{"identity_file", t.identityFile},
                                                        {"known_hosts_file", t.knownHostsFile},
                                                        {"docker_exec", t.dockerExec},
                                                        {"docker_exec_user", t.dockerExecUser}};
    for (const auto& [key, value] : optional) {
        if (!value.isEmpty())
            target[QLatin1String(key)] = value;
    }
    const QJsonObject doc{{QStringLiteral("app_spec_version"), 1},
                          {QStringLiteral("app"), m_app->text()},
                          {QStringLiteral("plan_class"), planClass},
                          {QStringLiteral("target"), target}};
    return submit::AppSpecFile::parse(QJsonDocument(doc).toJson(), QString(), errors);
}

void NewAppDialog::updatePreview()
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_compose, m_gpuType, m_ngpus, m_minNcpus, m_maxThreads})
        w->setEnabled(m_newClass->isChecked());
    QStringList errors;
    const auto s = spec(&errors);
    m_create->setEnabled(s.has_value() && !m_creator->isRunning());
    if (!s) {
        m_preview->setPlainText(errors.join(QLatin1Char('\n')));
        return;
    }
    QString text;
    if (s->newPlanClass)
        text += tr("Appended before the last line of plan_class_spec.xml:") + QLatin1Char('\n') +
                submit::AppCreatePlan::planClassXml(*s->newPlanClass) + QLatin1Char('\n');
    text += tr("Run in %1:").arg(s->target.projectDir) + QLatin1Char('\n') +
            submit::AppCreatePlan::commandLine(*s);
    m_preview->setPlainText(text);
}

void NewAppDialog::create()
{
    QStringList errors;
    const auto s = spec(&errors);
    if (!s)
        return;
    m_create->setEnabled(false);
    m_creator->start(*s);
}

void NewAppDialog::onFinished(const submit::AppCreateResult& result)
{
    QStringList lines;
    for (const QString& f : result.created)
        lines << tr("Created %1").arg(f);
    for (const QString& f : result.missing)
        lines << tr("Missing %1").arg(f);
    lines << (result.planClassAdded ? tr("Plan class %1 added.").arg(result.planClass)
              : result.planClassPresent
                  ? tr("Plan class %1 present.").arg(result.planClass)
                  : tr("Plan class %1 is not in plan_class_spec.xml.").arg(result.planClass));
    lines << result.warnings;
    lines.prepend(result.ok() ? tr("The app %1 was created.").arg(result.app)
                              : tr("The app %1 is incomplete on the server.").arg(result.app));
    m_status->setText(lines.join(QLatin1Char('\n')));
    updatePreview();
}

void NewAppDialog::onFailed(const QString& message, bool, const submit::SshError& error)
{
    m_status->setText(message);
    updatePreview();
    if (!HostKeyDialog::handles(error))
        return;
    auto* dialog = new HostKeyDialog(submit::SshEndpoint::fromTarget(m_server->target()), error, this);
    connect(dialog, &HostKeyDialog::trusted, this, &NewAppDialog::create);
    connect(dialog, &HostKeyDialog::notTrusted, this, [this](const QString& why) {
        if (!why.isEmpty())
            m_status->setText(tr("Could not add the host key: %1").arg(why));
    });
    dialog->open();
}

} // namespace bdm::gui
