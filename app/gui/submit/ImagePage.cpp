#include "gui/submit/ImagePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace bdm::gui {
namespace {

constexpr int maxGpus = 16;

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ImagePage::ImagePage(QWidget* parent)
    : SubmitWizardPage(parent), m_app(new QLineEdit(this)), m_image(new QLineEdit(this)),
      m_delivery(new QComboBox(this)), m_network(new QComboBox(this)), m_gpu(new QComboBox(this)),
      m_gpuCount(new QSpinBox(this)), m_cdi(new QCheckBox(this)), m_networkNote(new QLabel(this))
{
    setObjectName(QStringLiteral("imageWizardPage"));
    m_app->setObjectName(QStringLiteral("appLineEdit"));
    m_image->setObjectName(QStringLiteral("imageLineEdit"));
    m_delivery->setObjectName(QStringLiteral("deliveryComboBox"));
    m_network->setObjectName(QStringLiteral("networkComboBox"));
    m_gpu->setObjectName(QStringLiteral("gpuComboBox"));
    m_gpuCount->setObjectName(QStringLiteral("gpuCountSpinBox"));
    m_cdi->setObjectName(QStringLiteral("cdiCheckBox"));
    for (const char* value : {"registry", "layers"})
        m_delivery->addItem(QString(), QLatin1String(value));
    for (const char* value : {"none", "bridge", "host"})
        m_network->addItem(QString(), QLatin1String(value));
    m_gpu->addItem(QString(), QString());
    m_gpu->addItem(QString(), QStringLiteral("nvidia"));
    m_gpuCount->setRange(1, maxGpus);
    m_networkNote->setWordWrap(true);
    m_networkNote->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout(this);
    m_appLabel = formLabel(form, m_app, this);
    m_imageLabel = formLabel(form, m_image, this);
    m_deliveryLabel = formLabel(form, m_delivery, this);
    m_networkLabel = formLabel(form, m_network, this);
    form->addRow(QString(), m_networkNote);
    m_gpuLabel = formLabel(form, m_gpu, this);
    m_gpuCountLabel = formLabel(form, m_gpuCount, this);
    form->addRow(QString(), m_cdi);

    connect(m_gpu, &QComboBox::currentIndexChanged, this, &ImagePage::updateGpu);
    connect(m_app, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_image, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
    updateGpu();
}

void ImagePage::retranslate()
{
    setTitle(tr("Container image"));
    setSubTitle(tr("The BOINC app the jobs belong to, and the image their container runs."));
    m_appLabel->setText(tr("&App name:"));
    m_app->setPlaceholderText(tr("the BOINC app on the server, e.g. boinc2docker"));
    m_imageLabel->setText(tr("&Image:"));
    m_image->setPlaceholderText(tr("e.g. docker.io/library/python:3.12-slim"));
    m_deliveryLabel->setText(tr("&Delivery:"));
    m_delivery->setItemText(0, tr("Registry: each volunteer's engine pulls the image"));
    m_delivery->setItemText(1, tr("Layers: boinc2docker exports it on the server; shipped as input files"));
    m_networkLabel->setText(tr("&Network:"));
    m_network->setItemText(0, tr("None (no network in the container)"));
    m_network->setItemText(1, tr("Bridge"));
    m_network->setItemText(2, tr("Host"));
    m_networkNote->setText(
        tr("Science containers cannot reach the network unless you choose a network here."));
    m_gpuLabel->setText(tr("&GPU:"));
    m_gpu->setItemText(0, tr("None"));
    m_gpu->setItemText(1, tr("NVIDIA"));
    m_gpuCountLabel->setText(tr("GPU &count:"));
    m_cdi->setText(tr("Use the &CDI device (nvidia.com/gpu=all) instead of --gpus"));
}

void ImagePage::updateGpu()
{
    const bool gpu = !m_gpu->currentData().toString().isEmpty();
    m_gpuCount->setEnabled(gpu);
    m_cdi->setEnabled(gpu);
}

bool ImagePage::isComplete() const
{
    return !m_app->text().trimmed().isEmpty() && !m_image->text().trimmed().isEmpty();
}

void ImagePage::load(const submit::JobSpec& spec)
{
    m_app->setText(spec.app);
    m_image->setText(spec.image);
    selectData(m_delivery, spec.imageDelivery);
    selectData(m_network, spec.network);
    selectData(m_gpu, spec.gpu ? spec.gpu->vendor : QString());
    m_gpuCount->setValue(spec.gpu ? spec.gpu->count : 1);
    m_cdi->setChecked(spec.gpu && spec.gpu->useCdi);
    updateGpu();
}

void ImagePage::store(submit::JobSpec& spec) const
{
    spec.app = m_app->text().trimmed();
    spec.image = m_image->text().trimmed();
    spec.imageDelivery = m_delivery->currentData().toString();
    spec.network = m_network->currentData().toString();
    const QString vendor = m_gpu->currentData().toString();
    if (vendor.isEmpty()) {
        spec.gpu.reset();
        return;
    }
    // Keeps what the wizard does not show (minimum GPU memory, driver, CUDA) from a loaded spec.
    submit::GpuRequest gpu = spec.gpu.value_or(submit::GpuRequest{});
    gpu.vendor = vendor;
    gpu.count = m_gpuCount->value();
    gpu.useCdi = m_cdi->isChecked();
    spec.gpu = gpu;
}

void ImagePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
