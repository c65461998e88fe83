#pragma once

#include <QCoreApplication>

namespace bdm::server {

// The translation context of every user-visible project-server string: Server::tr("...").
class Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};

} // namespace bdm::server
