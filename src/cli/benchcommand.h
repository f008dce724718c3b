// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ServiceDeck::Cli {

class CliContext;

// One figure of the benchmark, beside its baseline measured in the same run.
struct Measurement
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    QString target;
};

// `bench [--tickets N]`: the queue and CMDB benchmarks of DESIGN.md on the --db database (seeded
// first when it holds fewer tickets), each figure beside a baseline measured in the same run.
int runBench(CliContext &context);
// One figure as `bench` prints it: a line, or with --format json one object.
void printMeasurement(CliContext &context, const Measurement &measurement);

} // namespace ServiceDeck::Cli
