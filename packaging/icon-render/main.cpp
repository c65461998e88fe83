// Renders the application's SVG icon to the PNG sizes desktops look for (hicolor theme), at build
// time, so the repository holds one drawing and no generated images.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bdm-render-icon ICON.svg OUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "bdm-render-icon: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args[i].toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        const QString path = QStringLiteral("%1/%2.png").arg(args[2]).arg(size);
        if (!image.save(path)) {
            std::fprintf(stderr, "bdm-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
