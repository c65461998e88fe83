#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel placeholder(QStringLiteral("BOINC Docker Manager"));
    placeholder.show();
    return QApplication::exec();
}
