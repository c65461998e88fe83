#include "gui/submit/CommandLine.h"
#include "gui/submit/CommandPage.h"
#include "gui/submit/FilesPage.h"
#include "gui/submit/InputFileList.h"
#include "gui/submit/PathField.h"
#include "gui/submit/ResourcesPage.h"
#include "gui/submit/ReviewPage.h"
#include "gui/submit/SubmitPage.h"
#include "gui/submit/SubmitWizard.h"
#include "submit/JobSpecFile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bdm;
using namespace Qt::StringLiterals;
using gui::SubmitWizard;

namespace {

template <typename T> T* child(QWidget* root, const QString& name)
{
    T* w = root->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

void setCombo(QWidget* root, const QString& name, const QString& data)
{
    auto* combo = child<QComboBox>(root, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content = "data\n")
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) < 0)
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

// What a user types into every page for an SSH + create_work job with two inputs and a GPU.
void fillEveryPage(SubmitWizard& w, const QStringList& inputs)
{
    setCombo(&w, u"transportComboBox"_s, u"ssh:create_work"_s);
    child<QLineEdit>(&w, u"hostLineEdit"_s)->setText(u"boincadm@project.example"_s);
    child<QSpinBox>(&w, u"portSpinBox"_s)->setValue(2222);
    // The validator wants the key files to exist; they sit beside the inputs.
    const QDir keys = QFileInfo(inputs.first()).absoluteDir();
    for (const QString& name : {u"id_ed25519"_s, u"known_hosts"_s}) {
        QFile f(keys.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
    }
    child<gui::PathField>(&w, u"identityFileField"_s)->setPath(keys.filePath(u"id_ed25519"_s));
    child<gui::PathField>(&w, u"knownHostsField"_s)->setPath(keys.filePath(u"known_hosts"_s));
    child<QLineEdit>(&w, u"projectDirLineEdit"_s)->setText(u"/home/boincadm/project/test"_s);
    child<QLineEdit>(&w, u"dockerExecLineEdit"_s)->setText(u"apache"_s);
    child<QLineEdit>(&w, u"dockerExecUserLineEdit"_s)->setText(u"boincadm"_s);

    child<QLineEdit>(&w, u"appLineEdit"_s)->setText(u"docker_app"_s);
    child<QLineEdit>(&w, u"imageLineEdit"_s)->setText(u"docker.io/library/alpine:3.19"_s);
    setCombo(&w, u"deliveryComboBox"_s, u"registry"_s);
    setCombo(&w, u"networkComboBox"_s, u"bridge"_s);
    setCombo(&w, u"gpuComboBox"_s, u"nvidia"_s);
    child<QSpinBox>(&w, u"gpuCountSpinBox"_s)->setValue(2);
    child<QCheckBox>(&w, u"cdiCheckBox"_s)->setChecked(true);

    child<QRadioButton>(&w, u"commandRadioButton"_s)->setChecked(true);
    child<QLineEdit>(&w, u"commandLineEdit"_s)->setText(u"sh -c \"wc -l data.csv > out.txt\""_s);

    w.filesPage()->inputList()->addPaths(inputs);
    QListWidget* outputs = child<QListWidget>(&w, u"outputsListWidget"_s);
    outputs->addItem(u"out.txt"_s);
    outputs->addItem(u"  "_s); // added and left empty: not an output

    child<QLineEdit>(&w, u"jobNameLineEdit"_s)->setText(u"count_lines"_s);
    child<QComboBox>(&w, u"planClassComboBox"_s)->setCurrentText(u"docker"_s);
    child<QDoubleSpinBox>(&w, u"runtimeSpinBox"_s)->setValue(30);
    child<QSpinBox>(&w, u"memorySpinBox"_s)->setValue(512);
    child<QSpinBox>(&w, u"diskSpinBox"_s)->setValue(2048);
    child<QDoubleSpinBox>(&w, u"deadlineSpinBox"_s)->setValue(3);
    child<QSpinBox>(&w, u"quorumSpinBox"_s)->setValue(2);
    child<QSpinBox>(&w, u"resultsSpinBox"_s)->setValue(3);
    child<QSpinBox>(&w, u"prioritySpinBox"_s)->setValue(5);
}

QAbstractButton* nextButton(SubmitWizard& w)
{
    return w.button(QWizard::NextButton);
}

} // namespace

class TestSubmitWizard : public QObject
{
    Q_OBJECT

private slots:
    void filled_pages_give_the_spec_field_by_field();
    void going_back_keeps_every_value();
    void switching_transport_keeps_what_was_typed_but_the_spec_holds_one();
    void review_shows_every_generated_file_read_only();
    void validation_errors_block_next_and_say_what_is_wrong();
    void dropping_files_on_the_inputs_list_adds_them_once();
    void delete_key_removes_the_selected_inputs();
    void command_line_joins_back_to_the_same_argv_data();
    void command_line_joins_back_to_the_same_argv();
    void an_opened_spec_fills_every_page_and_survives_a_round_trip();
    void new_from_template_writes_a_commented_script_and_selects_it();
    void measured_time_becomes_the_runtime_estimate();
    void batch_table_becomes_parameter_rows();
};

void TestSubmitWizard::filled_pages_give_the_spec_field_by_field()
{
    QTemporaryDir dir;
    const QString a = writeFile(dir, u"data.csv"_s);
    const QString b = writeFile(dir, u"my params.txt"_s);
    SubmitWizard w(nullptr, {});
    fillEveryPage(w, {a, b});
    setCombo(&w, u"deliveryComboBox"_s, u"layers"_s); // not the default, so the field is seen

    const submit::JobSpec s = w.spec();
    QCOMPARE(s.target.transport, u"ssh"_s);
    QCOMPARE(s.target.mode, u"create_work"_s);
    QCOMPARE(s.target.host, u"boincadm@project.example"_s);
    QCOMPARE(s.target.port, 2222);
    QCOMPARE(s.target.identityFile, QFileInfo(a).absoluteDir().filePath(u"id_ed25519"_s));
    QCOMPARE(s.target.knownHostsFile, QFileInfo(a).absoluteDir().filePath(u"known_hosts"_s));
    QCOMPARE(s.target.projectDir, u"/home/boincadm/project/test"_s);
    QCOMPARE(s.target.dockerExec, u"apache"_s);
    QCOMPARE(s.target.dockerExecUser, u"boincadm"_s);
    QVERIFY(s.target.projectUrl.isEmpty());
    QCOMPARE(s.app, u"docker_app"_s);
    QCOMPARE(s.image, u"docker.io/library/alpine:3.19"_s);
    QCOMPARE(s.imageDelivery, u"layers"_s);
    QCOMPARE(s.network, u"bridge"_s);
    QVERIFY(s.gpu.has_value());
    QCOMPARE(s.gpu->vendor, u"nvidia"_s);
    QCOMPARE(s.gpu->count, 2);
    QVERIFY(s.gpu->useCdi);
    QCOMPARE(s.command, (QStringList{u"sh"_s, u"-c"_s, u"wc -l data.csv > out.txt"_s}));
    QVERIFY(s.script.isEmpty());
    QVERIFY(s.composeFile.isEmpty());
    QCOMPARE(s.inputs, (QStringList{a, b}));
    QCOMPARE(s.outputs, QStringList{u"out.txt"_s});
    QCOMPARE(s.name, u"count_lines"_s);
    QCOMPARE(s.planClass, u"docker"_s);
    QCOMPARE(s.resources.fpopsEst, 30 * 60 * gui::ResourcesPage::fpopsPerSecond);
    QCOMPARE(s.resources.memoryBytes, 512.0 * 1024 * 1024);
    QCOMPARE(s.resources.diskBytes, 2048.0 * 1024 * 1024);
    QCOMPARE(s.resources.delayBoundS, 3.0 * 86400);
    QCOMPARE(s.replication.minQuorum, 2);
    QCOMPARE(s.replication.targetNresults, 3);
    QCOMPARE(s.replication.priority, 5);
    QVERIFY(s.parameterNames.isEmpty());

    // The defaults a new job starts from.
    SubmitWizard fresh(nullptr, {});
    const submit::JobSpec d = fresh.spec();
    QCOMPARE(d.network, u"none"_s);
    QCOMPARE(d.target.port, 22);
    QCOMPARE(d.imageDelivery, u"registry"_s);
    QCOMPARE(d.target.mode, u"boinc2docker"_s);
    QVERIFY(!d.gpu.has_value());
}

void TestSubmitWizard::going_back_keeps_every_value()
{
    QTemporaryDir dir;
    SubmitWizard w(nullptr, {});
    w.show();
    fillEveryPage(w, {writeFile(dir, u"data.csv"_s)});
    const QByteArray before = submit::JobSpecFile::toJson(w.spec(), {});
    // BDM_WIZARD_SCREENSHOTS=DIR: a picture of every step, to look at.
    const QString shots = qEnvironmentVariable("BDM_WIZARD_SCREENSHOTS");
    w.resize(980, 640);
    for (int id = SubmitWizard::TargetId; id < SubmitWizard::ReviewId; ++id) {
        if (!shots.isEmpty())
            QVERIFY(w.grab().save(u"%1/wizard-%2.png"_s.arg(shots).arg(id)));
        QVERIFY2(nextButton(w)->isEnabled(), qPrintable(QString::number(w.currentId())));
        w.next();
    }
    if (!shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(w.grab().save(u"%1/wizard-%2.png"_s.arg(shots).arg(w.currentId())));
    }
    QCOMPARE(w.currentId(), static_cast<int>(SubmitWizard::ReviewId));
    while (w.currentId() != SubmitWizard::TargetId)
        w.back();
    QCOMPARE(child<QLineEdit>(&w, u"hostLineEdit"_s)->text(), u"boincadm@project.example"_s);
    QCOMPARE(child<QLineEdit>(&w, u"commandLineEdit"_s)->text(), u"sh -c \"wc -l data.csv > out.txt\""_s);
    QCOMPARE(submit::JobSpecFile::toJson(w.spec(), {}), before);
}

void TestSubmitWizard::switching_transport_keeps_what_was_typed_but_the_spec_holds_one()
{
    SubmitWizard w(nullptr, {});
    child<QLineEdit>(&w, u"hostLineEdit"_s)->setText(u"me@server"_s);
    setCombo(&w, u"transportComboBox"_s, u"webrpc:submit_batch"_s);
    child<QLineEdit>(&w, u"projectUrlLineEdit"_s)->setText(u"https://project.example/test"_s);
    submit::JobSpec s = w.spec();
    QCOMPARE(s.target.transport, u"webrpc"_s);
    QCOMPARE(s.target.projectUrl, u"https://project.example/test/"_s); // the RPC needs the slash
    QVERIFY(s.target.host.isEmpty());
    setCombo(&w, u"transportComboBox"_s, u"ssh:boinc2docker"_s);
    s = w.spec();
    QCOMPARE(s.target.host, u"me@server"_s);
    QVERIFY(s.target.projectUrl.isEmpty());
}

void TestSubmitWizard::review_shows_every_generated_file_read_only()
{
    QTemporaryDir dir;
    SubmitWizard w(nullptr, {});
    w.show();
    fillEveryPage(w, {writeFile(dir, u"data.csv"_s)});
    setCombo(&w, u"gpuComboBox"_s, QString());
    setCombo(&w, u"deliveryComboBox"_s, u"registry"_s);
    child<QLineEdit>(&w, u"dockerExecLineEdit"_s)->clear();
    child<QLineEdit>(&w, u"dockerExecUserLineEdit"_s)->clear();
    while (w.currentId() != SubmitWizard::ReviewId)
        w.next();
    gui::ReviewPage* review = w.reviewPage();
    QVERIFY2(review->problems().isEmpty(), qPrintable(review->problems().join(u'\n')));
    QTabWidget* tabs = review->fileTabs();
    QVERIFY(tabs->count() >= 2);
    bool scriptShown = false;
    for (int i = 0; i < tabs->count(); ++i) {
        auto* view = qobject_cast<QPlainTextEdit*>(tabs->widget(i));
        QVERIFY(view);
        QVERIFY(view->isReadOnly());
        QVERIFY2(!view->toPlainText().isEmpty(), qPrintable(tabs->tabText(i)));
        if (view->toPlainText().contains(u"docker.io/library/alpine:3.19"_s) &&
            view->toPlainText().startsWith(u"#!"_s))
            scriptShown = true;
    }
    QVERIFY2(scriptShown, "the job script, running the image, is one of the tabs");
    QVERIFY(nextButton(w)->isEnabled());
}

void TestSubmitWizard::validation_errors_block_next_and_say_what_is_wrong()
{
    QTemporaryDir dir;
    SubmitWizard w(nullptr, {});
    w.show();
    fillEveryPage(w, {writeFile(dir, u"data.csv"_s)});
    child<QLineEdit>(&w, u"jobNameLineEdit"_s)->setText(u"count lines; rm -rf ~"_s);
    while (w.currentId() != SubmitWizard::ReviewId)
        w.next();
    gui::ReviewPage* review = w.reviewPage();
    QVERIFY(!review->isComplete());
    QVERIFY(!nextButton(w)->isEnabled());
    auto* label = child<QLabel>(review, u"problemsLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"name"_s), qPrintable(label->text()));

    // Fixed on the page where it belongs, the review lets the job through.
    w.back();
    child<QLineEdit>(&w, u"jobNameLineEdit"_s)->setText(u"count_lines"_s);
    w.next();
    QVERIFY2(review->isComplete(), qPrintable(review->problems().join(u'\n')));
    QVERIFY(nextButton(w)->isEnabled());
}

void TestSubmitWizard::dropping_files_on_the_inputs_list_adds_them_once()
{
    QTemporaryDir dir;
    const QString a = writeFile(dir, u"a b $(touch x).txt"_s);
    const QString b = writeFile(dir, u"-leading.dat"_s);
    SubmitWizard w(nullptr, {});
    w.show();
    w.setStartId(SubmitWizard::FilesId);
    w.restart();
    gui::InputFileList* list = w.filesPage()->inputList();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(dir.path()),
                  QUrl(u"https://example.org/not-a-file"_s)});
    const QPoint at = list->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(list->paths(), (QStringList{a, b})); // the folder and the web address are not files

    QDropEvent again(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &again);
    QCOMPARE(list->count(), 2);
    QCOMPARE(w.spec().inputs, (QStringList{a, b}));

    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestSubmitWizard::delete_key_removes_the_selected_inputs()
{
    QTemporaryDir dir;
    const QString a = writeFile(dir, u"a.txt"_s);
    const QString b = writeFile(dir, u"b.txt"_s);
    gui::InputFileList list;
    list.addPaths({a, b});
    list.item(0)->setSelected(true);
    QTest::keyClick(&list, Qt::Key_Delete);
    QCOMPARE(list.paths(), QStringList{b});
}

void TestSubmitWizard::command_line_joins_back_to_the_same_argv_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("plain") << QStringList{u"python3"_s, u"run.py"_s, u"--n"_s, u"3"_s};
    QTest::newRow("spaces") << QStringList{u"sh"_s, u"-c"_s, u"echo hi > out.txt"_s};
    QTest::newRow("quotes") << QStringList{u"python3"_s, u"-c"_s, u"print(\"hi there\")"_s};
    QTest::newRow("quote at the end") << QStringList{u"a\""_s, u"b"_s};
    QTest::newRow("lone quote") << QStringList{u"x y"_s, u"\""_s};
    QTest::newRow("shell syntax") << QStringList{u"echo"_s, u"$(id)"_s, u"`id`"_s, u"a;b"_s};
    QTest::newRow("unicode") << QStringList{u"echo"_s, u"données été"_s};
}

void TestSubmitWizard::command_line_joins_back_to_the_same_argv()
{
    QFETCH(QStringList, argv);
    QCOMPARE(gui::CommandLine::split(gui::CommandLine::join(argv)), argv);
}

void TestSubmitWizard::an_opened_spec_fills_every_page_and_survives_a_round_trip()
{
    QTemporaryDir dir;
    writeFile(dir, u"in.txt"_s);
    writeFile(dir, u"job.sh"_s, "#!/bin/bash\necho hi\n");
    const QByteArray json = R"({
      "spec_version": 1, "name": "from_file", "app": "b2d", "image": "alpine:3.19",
      "script": "job.sh", "network": "host", "inputs": ["in.txt"], "outputs": ["result.txt"],
      "gpu": {"vendor": "nvidia", "count": 1, "min_gpu_ram_mb": 4096},
      "plan_class": "docker_nvidia_cuda",
      "resources": {"fpops_est": 1e13, "fpops_bound": 5e14, "memory_bytes": 1e9, "min_ncpus": 2},
      "replication": {"min_quorum": 1, "target_nresults": 2, "max_error_results": 4},
      "target": {"transport": "ssh", "mode": "boinc2docker", "host": "u@h", "port": 2200,
                 "project_dir": "/p"}
    })";
    QFile f(dir.filePath(u"spec.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();

    SubmitWizard w(nullptr, {});
    QString error;
    QVERIFY2(w.openSpec(f.fileName(), &error), qPrintable(error));
    QCOMPARE(w.currentId(), static_cast<int>(SubmitWizard::TargetId));
    QCOMPARE(child<QLineEdit>(&w, u"hostLineEdit"_s)->text(), u"u@h"_s);
    QCOMPARE(child<QSpinBox>(&w, u"portSpinBox"_s)->value(), 2200);
    QCOMPARE(child<QLineEdit>(&w, u"imageLineEdit"_s)->text(), u"alpine:3.19"_s);
    QCOMPARE(child<QComboBox>(&w, u"networkComboBox"_s)->currentData().toString(), u"host"_s);
    QVERIFY(child<QRadioButton>(&w, u"scriptRadioButton"_s)->isChecked());
    QCOMPARE(child<gui::PathField>(&w, u"scriptField"_s)->path(), dir.filePath(u"job.sh"_s));
    QCOMPARE(w.filesPage()->inputList()->paths(), QStringList{dir.filePath(u"in.txt"_s)});
    QCOMPARE(child<QComboBox>(&w, u"planClassComboBox"_s)->currentText(), u"docker_nvidia_cuda"_s);
    QCOMPARE(child<QSpinBox>(&w, u"resultsSpinBox"_s)->value(), 2);

    // Values no page shows, and values a spin box would round, come back unchanged.
    const std::optional<submit::JobSpec> original = submit::JobSpecFile::read(f.fileName(), &error);
    QVERIFY(original);
    const QString base = dir.path();
    QCOMPARE(submit::JobSpecFile::toJson(w.spec(), base), submit::JobSpecFile::toJson(*original, base));

    QVERIFY2(w.saveSpec(dir.filePath(u"saved.json"_s), &error), qPrintable(error));
    const std::optional<submit::JobSpec> saved =
        submit::JobSpecFile::read(dir.filePath(u"saved.json"_s), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->gpu->minGpuRamMb, 4096);
    QCOMPARE(saved->resources.fpopsBound, 5e14);
    QCOMPARE(saved->replication.maxErrorResults, 4);
    QCOMPARE(saved->inputs, QStringList{dir.filePath(u"in.txt"_s)});
}

void TestSubmitWizard::new_from_template_writes_a_commented_script_and_selects_it()
{
    QTemporaryDir dir;
    SubmitWizard w(nullptr, {});
    const QString path = dir.filePath(u"job.sh"_s);
    QString error;
    QVERIFY2(w.commandPage()->writeTemplate(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("#!/bin/bash\n"));
    QVERIFY(text.contains("PROGRESS"));
    QVERIFY(f.permissions() & QFile::ExeOwner);
    const submit::JobSpec s = w.spec();
    QCOMPARE(s.script, path);
    QVERIFY(s.command.isEmpty());
}

void TestSubmitWizard::measured_time_becomes_the_runtime_estimate()
{
    SubmitWizard w(nullptr, {});
    w.resourcesPage()->setRuntimeEstimateSeconds(95);
    QCOMPARE(child<QDoubleSpinBox>(&w, u"runtimeSpinBox"_s)->value(), 1.6);
    // A few seconds still give an estimate, not "server default".
    w.resourcesPage()->setRuntimeEstimateSeconds(2);
    QVERIFY(w.spec().resources.fpopsEst > 0);
}

void TestSubmitWizard::batch_table_becomes_parameter_rows()
{
    SubmitWizard w(nullptr, {});
    gui::ResourcesPage* page = w.resourcesPage();
    page->setParameterNames({u"seed"_s, u"size"_s});
    QTableWidget* table = page->parameterTable();
    table->setRowCount(2);
    table->setItem(0, 0, new QTableWidgetItem(u"1"_s));
    table->setItem(0, 1, new QTableWidgetItem(u"10"_s));
    table->setItem(1, 0, new QTableWidgetItem(u"2"_s));
    table->setItem(1, 1, new QTableWidgetItem(u"20"_s));
    submit::JobSpec s = w.spec();
    QCOMPARE(s.parameterNames, (QStringList{u"seed"_s, u"size"_s}));
    QCOMPARE(s.parameterRows, (QList<QStringList>{{u"1"_s, u"10"_s}, {u"2"_s, u"20"_s}}));
    child<QCheckBox>(&w, u"batchCheckBox"_s)->setChecked(false);
    s = w.spec();
    QVERIFY(s.parameterNames.isEmpty());
    QVERIFY(s.parameterRows.isEmpty());
}

QTEST_MAIN(TestSubmitWizard)
#include "TestSubmitWizard.moc"
