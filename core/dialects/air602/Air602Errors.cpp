#include "Air602Dialect.h"

#include <QCoreApplication>

namespace {

struct CodeText
{
    int code;
    const char *text;
};

// §1.2.2 "Erro Code". Codes -9 and -14 ... -61 are not defined.
constexpr CodeText errorTable[] = {
    {-1, QT_TRANSLATE_NOOP("Air602Dialect", "Invalid command format")},
    {-2, QT_TRANSLATE_NOOP("Air602Dialect", "Command not supported")},
    {-3, QT_TRANSLATE_NOOP("Air602Dialect", "Invalid operator")},
    {-4, QT_TRANSLATE_NOOP("Air602Dialect", "Invalid parameter")},
    {-5, QT_TRANSLATE_NOOP("Air602Dialect", "Operation not allowed")},
    {-6, QT_TRANSLATE_NOOP("Air602Dialect", "Not enough memory")},
    {-7, QT_TRANSLATE_NOOP("Air602Dialect", "Flash error")},
    {-8, QT_TRANSLATE_NOOP("Air602Dialect", "System busy")},
    {-10, QT_TRANSLATE_NOOP("Air602Dialect", "Joining the network failed")},
    {-11, QT_TRANSLATE_NOOP("Air602Dialect", "No socket available")},
    {-12, QT_TRANSLATE_NOOP("Air602Dialect", "Invalid socket")},
    {-13, QT_TRANSLATE_NOOP("Air602Dialect", "Socket connection failed")},
    {-62, QT_TRANSLATE_NOOP("Air602Dialect", "Socket failed to send")},
    {-63, QT_TRANSLATE_NOOP("Air602Dialect", "Socket reception failed")},
    {-64, QT_TRANSLATE_NOOP("Air602Dialect", "Undefined error")},
};

// §2.2.4.9 "MQTT Result Code" (lwIP's err_t values).
constexpr CodeText mqttTable[] = {
    {0, QT_TRANSLATE_NOOP("Air602Dialect", "OK")},
    {-1, QT_TRANSLATE_NOOP("Air602Dialect", "Out of memory")},
    {-2, QT_TRANSLATE_NOOP("Air602Dialect", "Buffer error")},
    {-3, QT_TRANSLATE_NOOP("Air602Dialect", "Timeout")},
    {-4, QT_TRANSLATE_NOOP("Air602Dialect", "Routing problem")},
    {-5, QT_TRANSLATE_NOOP("Air602Dialect", "Operation in progress")},
    {-6, QT_TRANSLATE_NOOP("Air602Dialect", "Illegal value")},
    {-7, QT_TRANSLATE_NOOP("Air602Dialect", "Operation would block")},
    {-8, QT_TRANSLATE_NOOP("Air602Dialect", "Address in use")},
    {-9, QT_TRANSLATE_NOOP("Air602Dialect", "Already connecting")},
    {-10, QT_TRANSLATE_NOOP("Air602Dialect", "Connection already established")},
    {-11, QT_TRANSLATE_NOOP("Air602Dialect", "Not connected")},
    {-12, QT_TRANSLATE_NOOP("Air602Dialect", "Low-level network interface error")},
    {-13, QT_TRANSLATE_NOOP("Air602Dialect", "Connection aborted")},
    {-14, QT_TRANSLATE_NOOP("Air602Dialect", "Connection reset")},
    {-15, QT_TRANSLATE_NOOP("Air602Dialect", "Connection closed")},
    {-16, QT_TRANSLATE_NOOP("Air602Dialect", "Illegal argument")},
};

template <std::size_t N> QString lookUp(const CodeText (&table)[N], int code)
{
    for (const CodeText &e : table) {
        if (e.code == code)
            return QCoreApplication::translate("Air602Dialect", e.text);
    }
    return QCoreApplication::translate("Air602Dialect", "Unknown error %1").arg(code);
}

} // namespace

QString Air602Dialect::errorMessage(int code)
{
    return lookUp(errorTable, code);
}

QString Air602Dialect::mqttResultMessage(int code)
{
    return lookUp(mqttTable, code);
}
