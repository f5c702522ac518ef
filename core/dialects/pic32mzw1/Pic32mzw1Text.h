#pragma once

#include "dialects/Dialect.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

// Helpers shared by the PIC32MZW1 dialect's files; none of them is used outside this folder.
namespace Pic32mzw1Text {

QString tr(const char *text);
bool isCommand(const QByteArray &command, const char *name);
QList<QByteArray> commandParams(const QByteArray &command);
std::optional<int> intAt(const QList<QByteArray> &p, qsizetype i);
// The decoded string field i ("..." or [HEX]), empty when there is none.
QString textAt(const QList<QByteArray> &p, qsizetype i);
// The socket a command names (its first parameter), -1 when none.
int commandSocket(const QByteArray &command);
QByteArray cleanLine(const QByteArray &line);

struct Status
{
    QVariant code;
    QString message;
};
Status parseStatus(QByteArrayView tail);
QVariantMap statusFields(const Status &s);

bool isReadBinary(const InFlight &inFlight);
bool isSendCommand(const QByteArray &command, int *dataIndex);

} // namespace Pic32mzw1Text
