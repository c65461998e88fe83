#include "gui/readiness/VerdictBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace bdm::gui {

namespace {

enum Tone
{
    Neutral,
    Good,
    Bad
};

constexpr int iconSize = 40;

} // namespace

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_headline(new QLabel(this)), m_verdicts(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_verdicts->setObjectName(QStringLiteral("verdictDetails"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_headline->setFont(font);
    m_headline->setWordWrap(true);
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextFormat(Qt::RichText);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_icon->setFixedSize(iconSize, iconSize);

    auto* text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_verdicts);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    render();
}

void VerdictBanner::showRunning(const QString& step)
{
    m_step = step;
    render();
}

void VerdictBanner::showReport(const readiness::ReadinessReport& report)
{
    m_report = report;
    m_haveReport = true;
    m_step.clear();
    render();
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

void VerdictBanner::setTone(int tone)
{
    static const char* const backgrounds[] = {"palette(alternate-base)", "#e8f5e9", "#fdecea"};
    static const char* const borders[] = {"palette(mid)", "#2e7d32", "#c62828"};
    // Fixed dark text on the light tinted backgrounds, so the banner stays readable in dark themes.
    setStyleSheet(
        QStringLiteral("#verdictBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                       "#verdictBanner QLabel { background: transparent; %3 }")
            .arg(QLatin1String(backgrounds[tone]), QLatin1String(borders[tone]),
                 tone == Neutral ? QString() : QStringLiteral("color: #1b1b1b;")));
    const char* icon = tone == Good  ? ":/icons/check-pass.svg"
                       : tone == Bad ? ":/icons/check-fail.svg"
                                     : ":/icons/readiness.svg";
    m_icon->setPixmap(QIcon(QLatin1String(icon)).pixmap(iconSize, iconSize));
}

QString VerdictBanner::verdictLine(const QString& title, const readiness::Verdict& verdict) const
{
    QString line = QStringLiteral("%1 <b>%2</b>: %3")
                       .arg(verdict.ok ? QStringLiteral("✔") : QStringLiteral("✘"), title.toHtmlEscaped(),
                            verdict.reason.toHtmlEscaped());
    if (!verdict.detail.isEmpty())
        line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;%1").arg(verdict.detail.toHtmlEscaped());
    if (!verdict.fix.isEmpty())
        line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;%1 <code>%2</code>")
                    .arg(tr("Fix:"),
                         verdict.fix.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return line;
}

void VerdictBanner::render()
{
    if (!m_step.isEmpty() || !m_haveReport) {
        setTone(Neutral);
        m_headline->setText(m_step.isEmpty() ? tr("Not checked yet") : tr("Checking this computer…"));
        m_verdicts->setText(m_step.toHtmlEscaped());
        return;
    }
    const readiness::Verdicts& v = m_report.verdicts;
    setTone(v.dockerCpu.ok ? Good : Bad);
    m_headline->setText(v.dockerCpu.ok ? tr("This computer qualifies for Docker/Podman jobs")
                                       : tr("This computer does not qualify for Docker/Podman jobs"));
    m_verdicts->setText(QStringList{verdictLine(tr("CPU container jobs"), v.dockerCpu),
                                    verdictLine(tr("NVIDIA GPU container jobs"), v.dockerGpuNvidia),
                                    verdictLine(tr("Docker Compose"), v.compose)}
                            .join(QStringLiteral("<br>")));
}

void VerdictBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace bdm::gui
