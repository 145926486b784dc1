package it.retelavoro.network;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    @Query("select * from api_token where user_id = :userId order by created_at desc")
    List<ApiToken> findByOwner(UUID userId);
}
