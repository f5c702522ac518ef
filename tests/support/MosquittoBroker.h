#pragma once

#include <QProcess>
#include <QTemporaryDir>

// A real mosquitto broker on a free loopback port, for the length of a test.
class MosquittoBroker
{
public:
    MosquittoBroker();
    ~MosquittoBroker();

    // Start and wait until it accepts connections; false (with a warning) if it cannot.
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
