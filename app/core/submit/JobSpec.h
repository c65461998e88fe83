#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// Where and how a job is submitted. "ssh": the project host's shell, with boinc2docker or
// stage_file + create_work; "webrpc": the project's remote job submission RPC over HTTPS.
struct SubmitTarget
{
    QString transport; // "ssh" | "webrpc"
    QString mode;      // ssh: "boinc2docker" | "create_work"; webrpc: "submit_batch"

    // ssh
    QString host; // "user@host" or "host"
    int port = 22;
    QString identityFile;   // optional; else the user's keys and agent
    QString knownHostsFile; // optional; else ~/.ssh/known_hosts
    QString projectDir;     // absolute path of the project on the server
    QString dockerExec;     // optional: run the server commands inside this container
    QString dockerExecUser; // optional: -u for docker exec (boinc-server-docker: boincadm)

    // webrpc
    QString projectUrl;        // ends with '/'
    QString authenticatorFile; // optional; else the keychain entry for projectUrl
    QString email;             // for lookup_account.php when no authenticator is stored
};

struct GpuRequest
{
    QString vendor = QStringLiteral("nvidia"); // "nvidia" | "amd"
    int count = 1;
    bool useCdi = false; // --device nvidia.com/gpu=all instead of --gpus all
    int minGpuRamMb = 0;
    QString minDriverVersion;
    QString minCudaVersion;
};

struct JobResources
{
    double fpopsEst = 0;    // 0: server default
    double fpopsBound = 0;  // 0: server default
    double memoryBytes = 0; // rsc_memory_bound
    double diskBytes = 0;   // rsc_disk_bound
    double delayBoundS = 0; // deadline after sending
    int minNcpus = 0;
    int maxThreads = 0;
};

struct Replication
{
    int minQuorum = 1;
    int targetNresults = 1;
    int maxErrorResults = 0; // 0: server default
    int maxTotalResults = 0;
    int maxSuccessResults = 0;
    int priority = 0;
};

// The researcher's job, as the wizard saves it and `boinc-docker submit` reads it
// (resources/schemas/job-spec.schema.json). Paths in inputs/script/composeFile are relative
// to the spec file's directory (resolved by JobSpecFile). A parameter table makes a batch:
// one job per row, each row's values substituted into the command as {name}.
struct JobSpec
{
    static constexpr int currentVersion = 1;

    int specVersion = currentVersion;
    QString name; // batch / job base name: [A-Za-z0-9_.-], no leading '-'
    QString app;  // BOINC app name
    QString image;
    QString imageDelivery = QStringLiteral("registry"); // "registry" | "layers"
    QStringList command;                                // argv; empty when script is set
    QString script;                                     // path of a bash script
    QString network = QStringLiteral("none");           // "none" | "bridge" | "host"
    QStringList inputs;                                 // paths
    QStringList outputs;                                // file names written in the workdir
    std::optional<GpuRequest> gpu;
    QString composeFile; // path; optional
    QString planClass;
    JobResources resources;
    Replication replication;
    bool windowsBat = false;          // also generate a .bat launcher for Windows hosts
    QStringList parameterNames;       // batch columns
    QList<QStringList> parameterRows; // batch rows; empty: one job
    SubmitTarget target;

    QString baseDir; // directory of the spec file; not serialised
};

} // namespace bdm::submit
