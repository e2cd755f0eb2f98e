package io.redress.intake.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a message carried, recorded but not kept: name, type, size and checksum. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id")
    public UUID messageId;

    public String name;

    @Column(name = "content_type")
    public String contentType;

    public long size;

    public String sha256;
}
