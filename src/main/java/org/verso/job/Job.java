package org.verso.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One long operation and how far it got; state changes go through {@link JobStore}, which checks the transitions. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "job_seq")
    @SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 1)
    public Long id;

    public String kind;

    public String owner;

    public String parameters;

    public String state;

    @Column(name = "done_units")
    public long done;

    @Column(name = "total_units")
    public long total;

    public String message;

    public String result;

    @Column(name = "result_url")
    public String resultUrl;

    public String error;

    @Column(name = "cancel_requested")
    public boolean cancelRequested;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    JobState jobState() {
        return JobState.of(state);
    }
}
