package io.redress.followup.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.Survey;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, String> {

    public Optional<Survey> lock(String token) {
        return findByIdOptional(token, LockModeType.PESSIMISTIC_WRITE);
    }
}
