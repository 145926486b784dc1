package it.retelavoro.network;

import java.util.List;
import it.retelavoro.shared.UserId;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, ApiTokenId> {

    @Query("select * from api_token where user_id = :userId order by created_at desc")
    List<ApiToken> findByOwner(UserId userId);
}
