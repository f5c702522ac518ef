#include "Pic32mzw1Dialect.h"

#include <QCoreApplication>

// The firmware's status codes (digest 2.4, from at_cmds.h / at_cmd_app.h of PIC32MZW1_AnyCloud
// 0.3.1). The manual has no error table at all: its +SOCKERR status-code reference is a broken
// cross-reference. The texts are the firmware's own, so they match ERROR:<n>,"<text>".
QString Pic32mzw1Dialect::errorMessage(int code)
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "OK"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "General Error"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Invalid AT Command"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Unknown AT Command"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Invalid Parameter"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Incorrect Number of Parameters"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Configuration Update Blocked"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Configuration Access Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Wi-Fi Request Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "STA Not Connected"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket ID Not Found"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "No Free Sockets"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Invalid Socket Protocol"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Close Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Bind Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket TLS Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Connect Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Send Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Set Option Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Socket Destination Not Set"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Length Mismatch"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "STA Disconnect Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "STA Disconnect Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "STA Connection Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "STA Connection Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Soft AP Stop Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Soft AP Stop Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Soft AP Start Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Soft AP Start Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Provisioning Soft AP Stop Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Provisioning Soft AP Stop Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Provisioning Soft AP Start Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Provisioning Soft AP Start Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "WPS Stop Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "WPS Stop Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "WPS Start Not Permitted"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "WPS Start Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Unsupported Security Type"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Invalid Security Parameters"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "OTA In Progress"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Unsupported File Transfer Protocol"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "DNS Type Not Supported"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "DNS Query Timeout"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Ping Failed"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Network Error"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Multicast Error"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "Time Error"),
        QT_TRANSLATE_NOOP("Pic32mzw1Dialect", "MQTT Error"),
    };
    constexpr int count = int(sizeof(texts) / sizeof(texts[0]));
    if (code >= 0 && code < count)
        return QCoreApplication::translate("Pic32mzw1Dialect", texts[code]);
    return QCoreApplication::translate("Pic32mzw1Dialect", "Unknown error %1").arg(code);
}
