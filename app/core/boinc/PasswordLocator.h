#pragma once

#include "boinc/RpcEndpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bdm::boinc {

struct PasswordLookup
{
    bool found = false; // a readable password file was found (its password may be empty)
    QString password;   // first line, trimmed
    QString path;       // the file read, or the unreadable file that stopped the search
    QString error;      // what went wrong, with what to do about it
    QStringList tried;  // every candidate, in order
};

// Finds gui_rpc_auth.cfg where each platform's BOINC packages put it, and says precisely what to
// do when it exists but cannot be read (the usual first failure: the user is not in group boinc).
class PasswordLocator
{
    Q_DECLARE_TR_FUNCTIONS(PasswordLocator)

public:
    enum class Platform
    {
        Linux,
        Windows,
        MacOS
    };

    PasswordLocator();
    // Tests point the search at a temporary tree that stands for '/'.
    void setRoot(const QString& root) { m_root = root; }
    void setPlatform(Platform platform) { m_platform = platform; }
    // Windows: the data directory from the registry (DATADIR under BOINC Setup) or %ProgramData%.
    void setWindowsDataDir(const QString& dir) { m_windowsDataDir = dir; }
    void setUserName(const QString& name) { m_userName = name; }

    QStringList candidates() const;
    PasswordLookup locate() const;
    // Reads one file given explicitly (--password-file); same error wording.
    PasswordLookup readFile(const QString& path) const;
    // What a program should use for `endpoint`: the file given explicitly (`found` false when it
    // cannot be read), else for a local client the discovered one. A local client answers
    // read-only requests without a password, so a missing file only matters for control
    // operations, and its error is kept for when it does. A remote client gets no guess.
    PasswordLookup lookupFor(const RpcEndpoint& endpoint, const QString& explicitFile) const;

private:
    QString rooted(const QString& path) const;
    QString unreadableAdvice(const QString& path) const;

    QString m_root;
    Platform m_platform;
    QString m_windowsDataDir;
    QString m_userName;
};

} // namespace bdm::boinc
