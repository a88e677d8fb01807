"""GraphQL API of the journal (graphene), mounted at /graphql; `info.context` is the Flask request
and `info.context.user` the user the bearer middleware resolved (None when anonymous)."""

import graphene
from graphql import GraphQLError

from .models import Entry, User, db


class EntryType(graphene.ObjectType):
    id = graphene.ID()
    title = graphene.String()
    body = graphene.String()


class UserType(graphene.ObjectType):
    id = graphene.ID()
    display_name = graphene.String()


def _viewer(info):
    user = getattr(info.context, "user", None)
    if user is None:
        raise GraphQLError("login required")
    return user


class Query(graphene.ObjectType):
    entry = graphene.Field(EntryType, id=graphene.ID(required=True))
    my_entries = graphene.List(EntryType)
    entry_of_mine = graphene.Field(EntryType, id=graphene.ID(required=True))

    def resolve_entry(root, info, id):
        return Entry.query.get(int(id))

    def resolve_my_entries(root, info):
        viewer = _viewer(info)
        return Entry.query.filter_by(author_id=viewer.id).order_by(Entry.id.desc()).all()

    def resolve_entry_of_mine(root, info, id):
        viewer = _viewer(info)
        return Entry.query.filter_by(id=int(id), author_id=viewer.id).first()


class DeleteUser(graphene.Mutation):
    class Arguments:
        user_id = graphene.ID(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, user_id):
        Entry.query.filter_by(author_id=int(user_id)).delete()
        User.query.filter_by(id=int(user_id)).delete()
        db.session.commit()
        return DeleteUser(ok=True)


class SuspendUser(graphene.Mutation):
    class Arguments:
        user_id = graphene.ID(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, user_id):
        viewer = _viewer(info)
        if not viewer.is_admin:
            raise GraphQLError("forbidden")
        user = User.query.get(int(user_id))
        user.display_name = "(suspended)"
        db.session.commit()
        return SuspendUser(ok=True)


class Mutation(graphene.ObjectType):
    delete_user = DeleteUser.Field()
    suspend_user = SuspendUser.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)
