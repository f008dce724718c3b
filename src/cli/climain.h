// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ServiceDeck::Cli {

// Parses the global options, dispatches to the command and returns the exit code. The streams
// are parameters so tests can drive the whole command line in-process.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ServiceDeck::Cli
